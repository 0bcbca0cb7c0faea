import type { ServerRecordStore } from '@stellarstack/activities/src/control-plane';
import { OperationRecord, ServerRecord } from './models/index';

/** PostgreSQL text cannot hold NUL, which raw console output sometimes carries; the retry would never succeed. */
function storableText(text: string): string {
  return text.replaceAll('\u0000', '');
}

/** The control-plane activities' view of the servers table. */
export const serverRecordStore: ServerRecordStore = {
  async updateServer(serverId, { status, installOutput }, endsOperation) {
    const changes = installOutput === undefined ? { status } : { status, installOutput: storableText(installOutput) };
    return ServerRecord.sequelize!.transaction(async (transaction) => {
      const [updated] = await ServerRecord.update(changes, { where: { id: serverId }, transaction });
      if (endsOperation !== undefined) {
        await OperationRecord.update({ closedAt: new Date() }, { where: { workflowId: endsOperation, closedAt: null }, transaction });
      }
      return updated > 0;
    });
  },
  async deleteServer(serverId) {
    // operations rows go with it (on delete cascade).
    await ServerRecord.destroy({ where: { id: serverId } });
  },
};
