import path from 'node:path';

export function serverDir(dataDir: string, serverId: string): string {
  return path.join(dataDir, 'servers', serverId);
}

/** Kept outside the server's files so the game never sees (or can change) its install script. */
export function installScriptDir(dataDir: string, serverId: string): string {
  return path.join(dataDir, 'install-scripts', serverId);
}
