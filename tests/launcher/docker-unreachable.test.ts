import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nonEmptyLines, runLauncher } from '../support/launcher-process';

describe('launcher without Docker', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stellar-nodocker-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints one line naming the fix and exits non-zero', async () => {
    const run = await runLauncher({ ...process.env, DOCKER_HOST: 'unix:///nonexistent.sock', DATA_DIR: dataDir });

    expect(run.code).not.toBe(0);
    const lines = nonEmptyLines(run.output);
    expect(lines, run.output).toHaveLength(1);
    expect(lines[0]).toMatch(/Docker is not reachable at unix:\/\/\/nonexistent\.sock/);
    expect(lines[0]).toMatch(/dockerd|systemctl start docker/);
    expect(lines[0]).toMatch(/DOCKER_HOST/);
    expect(run.output).not.toMatch(/^\s+at /m);
  });
});
