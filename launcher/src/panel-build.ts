import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeExit, spawnChild, type ManagedChild } from './child-process';
import { LauncherError } from './launcher-error';

/** Build output and dependencies, not sources: their mtimes say nothing about staleness. */
const NOT_SOURCES = new Set(['node_modules', '.output', '.nuxt', '.data', 'dist']);

export function panelEntry(rootDir: string): string {
  return path.join(rootDir, 'nuxt-panel', '.output', 'server', 'index.mjs');
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function panelBuildIsStale(rootDir: string): boolean {
  const entry = panelEntry(rootDir);
  if (!existsSync(entry)) return true;
  return newestSourceMtime(path.join(rootDir, 'nuxt-panel')) > statSync(entry).mtimeMs;
}

/**
 * `npm run build -w @stellarstack/nuxt-panel` when the production build is missing or older
 * than the sources. `track` receives the build process so a Ctrl-C can stop it too.
 */
export async function buildPanelIfStale(
  rootDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  track: (child: ManagedChild) => void,
): Promise<void> {
  if (!panelBuildIsStale(rootDir)) return;
  log('[launcher] building the panel (nuxt build; a minute or two, only when its sources change)');
  const build = spawnChild(
    { name: 'panel-build', command: 'npm', args: ['run', 'build', '-w', '@stellarstack/nuxt-panel'], cwd: rootDir, env },
    log,
  );
  track(build);
  const exit = await build.exited;
  if (exit.code !== 0 || !existsSync(panelEntry(rootDir))) {
    throw new LauncherError(
      `The panel build ${describeExit(exit)} (output above) — fix it and run \`npm run build -w @stellarstack/nuxt-panel\`, then start again.`,
    );
  }
  log('[launcher] panel built');
}
