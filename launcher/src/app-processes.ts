import path from 'node:path';
import type { StackPorts } from './config';
import { panelEntry } from './panel-build';
import type { StackSecrets } from './secrets';
import { httpAnswers } from './wait-for';

/** The processes other engineers build; the launcher only starts them with the documented environment. */
export const APP_PROCESSES = ['api', 'worker', 'node-worker', 'panel'] as const;
export type AppProcess = (typeof APP_PROCESSES)[number];

export const LOCAL_NODE_ID = 'local';

export interface AppContext {
  rootDir: string;
  dataDir: string;
  ports: StackPorts;
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  temporalUiUrl: string | undefined;
  secrets: StackSecrets;
  adminEmail?: string;
  adminPassword?: string;
  publicUrl?: string;
  baseEnv: NodeJS.ProcessEnv;
  extraEnv?: Record<string, string>;
}

export interface AppCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** Origins the browser may come from: the panel on both loopback names, and PUBLIC_URL. */
export function panelOrigins(ctx: AppContext): string[] {
  const origins = [`http://localhost:${ctx.ports.panel}`, `http://127.0.0.1:${ctx.ports.panel}`];
  if (ctx.publicUrl) origins.push(new URL(ctx.publicUrl).origin);
  return origins;
}

function defined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Variables per docs/architecture.md, "Processes and their environment". */
function ownEnv(name: AppProcess, ctx: AppContext): Record<string, string> {
  const apiUrl = `http://127.0.0.1:${ctx.ports.api}`;
  const temporal = { TEMPORAL_ADDRESS: ctx.temporalAddress, TEMPORAL_NAMESPACE: ctx.temporalNamespace };
  switch (name) {
    case 'api':
      return defined({
        DATABASE_URL: ctx.databaseUrl,
        ...temporal,
        TEMPORAL_UI_URL: ctx.temporalUiUrl,
        API_PORT: String(ctx.ports.api),
        BETTER_AUTH_SECRET: ctx.secrets.BETTER_AUTH_SECRET,
        PANEL_PORT: String(ctx.ports.panel),
        PUBLIC_URL: ctx.publicUrl,
        ADMIN_EMAIL: ctx.adminEmail,
        ADMIN_PASSWORD: ctx.adminPassword,
        LOCAL_NODE_ID,
        LOCAL_NODE_TOKEN: ctx.secrets.LOCAL_NODE_TOKEN,
        LOCAL_NODE_URL: `http://127.0.0.1:${ctx.ports.node}`,
        LOCAL_NODE_ALLOCATION_IP: '127.0.0.1',
      });
    case 'worker':
      return { DATABASE_URL: ctx.databaseUrl, ...temporal };
    case 'node-worker':
      return {
        NODE_ID: LOCAL_NODE_ID,
        NODE_TOKEN: ctx.secrets.LOCAL_NODE_TOKEN,
        NODE_PORT: String(ctx.ports.node),
        API_URL: apiUrl,
        ...temporal,
        NODE_DATA_DIR: path.join(ctx.dataDir, 'node'),
        PANEL_ORIGINS: panelOrigins(ctx).join(','),
      };
    case 'panel':
      return { PORT: String(ctx.ports.panel), NUXT_API_URL: apiUrl };
  }
}

const TS_ENTRIES: Record<Exclude<AppProcess, 'panel'>, string> = {
  api: 'api/src/main.ts',
  worker: 'api/src/worker.ts',
  'node-worker': 'node-worker/src/main.ts',
};

export function appEntry(name: AppProcess, rootDir: string): string {
  return name === 'panel' ? panelEntry(rootDir) : path.join(rootDir, TS_ENTRIES[name]);
}

export function appCommand(name: AppProcess, ctx: AppContext): AppCommand {
  const env = { ...ctx.baseEnv, ...ctx.extraEnv, ...ownEnv(name, ctx) };
  if (name === 'panel') {
    // Nitro reads HOST. Loopback unless PUBLIC_URL says browsers come from elsewhere.
    const host = ctx.publicUrl ? {} : { HOST: '127.0.0.1' };
    return { command: process.execPath, args: [panelEntry(ctx.rootDir)], env: { ...env, ...host } };
  }
  // `node --import tsx` rather than the tsx CLI: one process per child, so signals reach it directly.
  return { command: process.execPath, args: ['--import', 'tsx', appEntry(name, ctx.rootDir)], env };
}

/** How the launcher knows a process is up. The worker has no port; it counts once running. */
export function isReady(name: AppProcess, ctx: AppContext): Promise<boolean> {
  switch (name) {
    case 'api':
      return httpAnswers(`http://127.0.0.1:${ctx.ports.api}/api/health`, true);
    case 'panel':
      return httpAnswers(`http://127.0.0.1:${ctx.ports.panel}/`, false);
    case 'node-worker':
      // HTTP, not a bare TCP connect: another program holding the port would accept TCP too.
      return httpAnswers(`http://127.0.0.1:${ctx.ports.node}/`, false);
    case 'worker':
      return Promise.resolve(true);
  }
}
