import { execFileSync } from 'node:child_process';

/** Removes every container labelled for these test servers (game and installer). */
export function removeTestContainers(serverIds: readonly string[]): void {
  for (const serverId of serverIds) {
    const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=stellarstack.server=${serverId}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    if (ids.length > 0) execFileSync('docker', ['rm', '-f', ...ids], { stdio: 'ignore' });
  }
}

export function containersFor(serverId: string): string[] {
  return execFileSync('docker', ['ps', '-a', '--format', '{{.Names}}', '--filter', `label=stellarstack.server=${serverId}`], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}
