import { log } from '@temporalio/activity';
import type { ControlPlaneActivities } from '@stellarstack/contracts';
import type { ControlPlaneActivityDeps } from './deps';

export type { ControlPlaneActivityDeps, ServerRecordStore } from './deps';

export function createControlPlaneActivities({ servers }: ControlPlaneActivityDeps): ControlPlaneActivities {
  return {
    async setServerStatus({ serverId, status, endsOperation }) {
      // A vanished row means the server was deleted meanwhile; retrying could never succeed.
      if (!(await servers.updateServer(serverId, { status }, endsOperation))) {
        log.warn('Server no longer exists; status not recorded', { serverId, status });
      }
    },

    async recordInstallResult({ serverId, succeeded, output, endsOperation }) {
      const status = succeeded ? 'offline' : 'install_failed';
      if (!(await servers.updateServer(serverId, { status, installOutput: output }, endsOperation))) {
        log.warn('Server no longer exists; install result not recorded', { serverId, succeeded });
      }
    },

    async deleteServerRecords({ serverId }) {
      await servers.deleteServer(serverId);
    },
  };
}
