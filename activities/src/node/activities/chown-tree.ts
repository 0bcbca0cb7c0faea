import { lchown, readdir } from 'node:fs/promises';
import path from 'node:path';

/** `chown -R uid:uid dir`: installers run as root, the game runs as GAME_UID and must own its files. */
export async function chownTree(dir: string, uid: number): Promise<void> {
  await lchown(dir, uid, uid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(entryPath, uid);
    else await lchown(entryPath, uid, uid);
  }
}
