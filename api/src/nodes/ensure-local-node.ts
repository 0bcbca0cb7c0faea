import { NodeRecord } from '../db/models/index';

export interface LocalNodeSettings {
  id: string;
  token: string;
  url: string;
  allocationIp: string;
}

/** The launcher's own node: its row follows the LOCAL_NODE_* env on every boot. */
export async function ensureLocalNode(settings: LocalNodeSettings): Promise<void> {
  const existing = await NodeRecord.findByPk(settings.id);
  const values = { token: settings.token, url: settings.url, allocationIp: settings.allocationIp };
  if (existing) await existing.update(values);
  else await NodeRecord.create({ id: settings.id, name: settings.id, ...values, lastSeenAt: null });
}
