import type { ServerRecordStore } from '@stellarstack/activities/src/control-plane';
import { ServerRecord } from './models/index';

/** The control-plane activities' view of the servers table. */
export const serverRecordStore: ServerRecordStore = {
  async updateServer(serverId, changes) {
    const [updated] = await ServerRecord.update(changes, { where: { id: serverId } });
    return updated > 0;
  },
  async deleteServer(serverId) {
    // operations rows go with it (on delete cascade).
    await ServerRecord.destroy({ where: { id: serverId } });
  },
};
