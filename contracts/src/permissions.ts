/**
 * Pterodactyl's subuser permission keys, kept verbatim so admins moving from
 * Pterodactyl/Pelican recognise them. Enforced on the API, the console socket and SFTP.
 */
export const PERMISSION_KEYS = [
  'websocket.connect',
  'control.console',
  'control.start',
  'control.stop',
  'control.restart',
  'user.create',
  'user.read',
  'user.update',
  'user.delete',
  'file.create',
  'file.read',
  'file.read-content',
  'file.update',
  'file.delete',
  'file.archive',
  'file.sftp',
  'backup.create',
  'backup.read',
  'backup.delete',
  'backup.download',
  'backup.restore',
  'allocation.read',
  'allocation.create',
  'allocation.update',
  'allocation.delete',
  'startup.read',
  'startup.update',
  'startup.docker-image',
  'database.create',
  'database.read',
  'database.update',
  'database.delete',
  'database.view_password',
  'schedule.create',
  'schedule.read',
  'schedule.update',
  'schedule.delete',
  'settings.rename',
  'settings.reinstall',
  'activity.read',
] as const;

export type PermissionKey = (typeof PERMISSION_KEYS)[number];

/** Pterodactyl's wildcard: the server owner and root admins hold every key. */
export const ALL_PERMISSIONS = '*';
export type GrantedPermission = PermissionKey | typeof ALL_PERMISSIONS;

export function hasPermission(granted: readonly GrantedPermission[], key: PermissionKey): boolean {
  return granted.includes(ALL_PERMISSIONS) || granted.includes(key);
}
