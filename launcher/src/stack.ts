import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseAdminAnnouncement, type AdminAnnouncement } from './admin-announcement';
import { APP_PROCESSES, appCommand, appEntry, isReady, type AppContext, type AppProcess } from './app-processes';
import { describeExit, spawnChild, type ChildExit, type ManagedChild } from './child-process';
import type { StackOptions, StackPorts } from './config';
import { checkDocker } from './docker-check';
import { LauncherError } from './launcher-error';
import { buildPanelIfStale } from './panel-build';
import { startPostgres, type PostgresHandle } from './postgres';
import { loadSecrets } from './secrets';
import { prepareTemporal, type TemporalHandle } from './temporal';
import { sleep } from './wait-for';

export type { StackOptions, StackPorts } from './config';
export type ProcessName = 'postgres' | 'temporal' | AppProcess;

export interface StackUrls {
  panel: string;
  api: string;
  node: string;
  temporalAddress: string;
  temporalUi: string | undefined;
  databaseUrl: string;
}

export interface AdminLogin {
  email: string | undefined;
  /** Set only when the API generated the password on this start. */
  password: string | undefined;
}

export interface Stack {
  urls: StackUrls;
  admin: AdminLogin;
  dataDir: string;
  ports: StackPorts;
  /** Stops everything the stack started, within 10 s. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops one process (SIGTERM, or `SIGKILL` to simulate a crash); the rest keeps running. */
  stopProcess(name: ProcessName, signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts a stopped process again and waits until it is ready. */
  startProcess(name: ProcessName): Promise<void>;
}

export interface StartStackOptions extends StackOptions {
  /** Aborting it during start-up stops what has started and rejects. */
  signal?: AbortSignal;
  /** A process died on its own after start-up. Default: log it and keep the rest running. */
  onUnexpectedExit?: (name: AppProcess, exit: ChildExit) => void;
}

// The stop budget is 10 s: apps get 5 s to finish in-flight work, then Temporal and PostgreSQL 3 s.
const APP_GRACE_MS = 5_000;
const INFRA_GRACE_MS = 3_000;
// tsx compiles on first run and the API migrates the database; two busy cores make that slow.
const READY_TIMEOUT_MS: Record<AppProcess, number> = { api: 180_000, worker: 0, 'node-worker': 90_000, panel: 90_000 };
const ANNOUNCEMENT_GRACE_MS = 1_000;

class StackRunner {
  private readonly children = new Map<AppProcess, ManagedChild>();
  private readonly stoppingOnPurpose = new Set<AppProcess>();
  private build: ManagedChild | undefined;
  private postgres: PostgresHandle | undefined;
  private temporal: TemporalHandle | undefined;
  private context: AppContext | undefined;
  private announcement: AdminAnnouncement | undefined;
  private stopping: Promise<void> | undefined;
  /** Settles when PostgreSQL's start-up does, so a stop during it cannot miss the handle. */
  private infraSettled: Promise<unknown> = Promise.resolve();
  private startedUp = false;

  constructor(private readonly options: StartStackOptions) {}

  private get log(): (line: string) => void {
    return this.options.log;
  }

  private checkNotStopping(): void {
    if (this.stopping) throw new LauncherError('The stack was stopped during start-up.');
  }

  async start(): Promise<Stack> {
    const o = this.options;
    // Cheap checks first, so a missing prerequisite is one line before anything starts.
    await checkDocker();
    const temporal = await prepareTemporal({
      externalAddress: o.temporalAddress,
      cliPath: o.temporalCliPath,
      allowSdkDownload: o.allowTemporalDownload,
      dataDir: o.dataDir,
      port: o.ports.temporal,
      uiPort: o.ports.temporalUi,
      namespace: o.temporalNamespace,
      cwd: o.rootDir,
      env: o.baseEnv,
      log: this.log,
    });
    this.temporal = temporal;
    for (const name of APP_PROCESSES) {
      if (!existsSync(appEntry(name, o.rootDir)) && name !== 'panel') {
        throw new LauncherError(`${path.relative(o.rootDir, appEntry(name, o.rootDir))} does not exist — is this a complete checkout of StellarStack?`);
      }
    }

    await mkdir(o.dataDir, { recursive: true });
    const secrets = await loadSecrets(o.dataDir);
    await buildPanelIfStale(o.rootDir, o.baseEnv, this.log, (child) => (this.build = child));
    this.checkNotStopping();

    const infra = this.settleAll([
      o.databaseUrl !== undefined
        ? Promise.resolve(o.databaseUrl)
        : startPostgres({ dataDir: o.dataDir, port: o.ports.postgres, password: secrets.POSTGRES_PASSWORD, log: this.log }).then(
            (handle) => {
              this.postgres = handle;
              return handle.databaseUrl;
            },
          ),
      temporal.start(),
    ]);
    this.infraSettled = infra.catch(() => undefined);
    const [database] = await infra;
    this.checkNotStopping();

    this.context = {
      rootDir: o.rootDir,
      dataDir: o.dataDir,
      ports: o.ports,
      databaseUrl: database,
      temporalAddress: temporal.address,
      temporalNamespace: o.temporalNamespace,
      temporalUiUrl: o.temporalUiUrl ?? temporal.uiUrl,
      secrets,
      adminEmail: o.adminEmail,
      adminPassword: o.adminPassword,
      publicUrl: o.publicUrl,
      baseEnv: o.baseEnv,
      extraEnv: o.extraEnv,
    };
    // The API first: it migrates the database and registers the local node the others talk to.
    await this.startApp('api');
    await Promise.all((['worker', 'node-worker', 'panel'] as const).map((name) => this.startApp(name)));
    if (!this.announcement) await sleep(ANNOUNCEMENT_GRACE_MS);
    this.startedUp = true;
    return this.handle();
  }

  /** Like Promise.all, but waits for every step, so a failure never leaves one still starting unseen. */
  private async settleAll<T extends readonly unknown[]>(steps: [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
    const results = await Promise.allSettled(steps);
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
  }

  private spawnApp(name: AppProcess): ManagedChild {
    const ctx = this.context!;
    const { command, args, env } = appCommand(name, ctx);
    const child = spawnChild(
      {
        name,
        command,
        args,
        cwd: ctx.rootDir,
        env,
        intercept:
          name === 'api'
            ? (line) => {
                const announcement = parseAdminAnnouncement(line);
                if (announcement) this.announcement = announcement;
                return announcement !== undefined;
              }
            : undefined,
      },
      this.log,
    );
    this.children.set(name, child);
    void child.exited.then((exit) => this.onExit(name, child, exit));
    return child;
  }

  private onExit(name: AppProcess, child: ManagedChild, exit: ChildExit): void {
    if (this.stopping || this.stoppingOnPurpose.has(name) || this.children.get(name) !== child || !this.startedUp) return;
    if (this.options.onUnexpectedExit) this.options.onUnexpectedExit(name, exit);
    else this.log(`[launcher] ${name} ${describeExit(exit)} on its own; the rest keeps running`);
  }

  private async startApp(name: AppProcess): Promise<void> {
    this.checkNotStopping();
    this.stoppingOnPurpose.delete(name);
    const child = this.spawnApp(name);
    const ctx = this.context!;
    const deadline = Date.now() + READY_TIMEOUT_MS[name];
    for (;;) {
      if (!child.isRunning()) {
        if (this.stopping) this.checkNotStopping();
        const exit = await child.exited;
        throw new LauncherError(
          `${name} ${describeExit(exit)} during start-up: ${child.recentOutput().at(-1) ?? 'no output'} — see its output above.`,
        );
      }
      if (await isReady(name, ctx).catch(() => false)) return;
      if (Date.now() > deadline) {
        throw new LauncherError(`${name} did not become ready within ${READY_TIMEOUT_MS[name] / 1000} s — see its output above.`);
      }
      await sleep(300);
    }
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.build?.stop(1_000);
      await Promise.all([...this.children.values()].map((child) => child.stop(APP_GRACE_MS)));
      await Promise.all([
        this.temporal?.stop(INFRA_GRACE_MS),
        this.infraSettled.then(() => this.postgres?.stop(INFRA_GRACE_MS)),
      ]);
    })();
    return this.stopping;
  }

  async stopProcess(name: ProcessName, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    if (name === 'postgres') return this.requirePostgres().stop(signal === 'SIGKILL' ? 0 : INFRA_GRACE_MS);
    if (name === 'temporal') return this.temporal?.stop(signal === 'SIGKILL' ? 0 : INFRA_GRACE_MS);
    const child = this.children.get(name);
    if (!child?.isRunning()) return;
    this.stoppingOnPurpose.add(name);
    await child.stop(signal === 'SIGKILL' ? 0 : APP_GRACE_MS);
  }

  async startProcess(name: ProcessName): Promise<void> {
    if (name === 'postgres') return this.requirePostgres().start();
    if (name === 'temporal') return this.temporal?.start();
    if (this.children.get(name)?.isRunning()) return;
    await this.startApp(name);
  }

  private requirePostgres(): PostgresHandle {
    if (!this.postgres) throw new LauncherError('This stack uses DATABASE_URL; it did not start PostgreSQL.');
    return this.postgres;
  }

  private handle(): Stack {
    const ctx = this.context!;
    const o = this.options;
    return {
      urls: {
        panel: o.publicUrl ?? `http://localhost:${o.ports.panel}`,
        api: `http://127.0.0.1:${o.ports.api}`,
        node: `http://127.0.0.1:${o.ports.node}`,
        temporalAddress: ctx.temporalAddress,
        temporalUi: ctx.temporalUiUrl,
        databaseUrl: ctx.databaseUrl,
      },
      admin: {
        email: this.announcement?.email ?? o.adminEmail,
        password: this.announcement?.password ?? undefined,
      },
      dataDir: o.dataDir,
      ports: o.ports,
      stop: () => this.stop(),
      stopProcess: (name, signal) => this.stopProcess(name, signal),
      startProcess: (name) => this.startProcess(name),
    };
  }
}

/**
 * Starts PostgreSQL, Temporal and every StellarStack process, and resolves once the API
 * answers /api/health and the panel answers. Used by `npm start` and by the tests alike.
 * On any failure it stops what it started and rejects (a LauncherError names the fix).
 */
export async function startStack(options: StartStackOptions): Promise<Stack> {
  const runner = new StackRunner(options);
  const abort = (): void => void runner.stop();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    if (options.signal?.aborted) throw new LauncherError('The stack was stopped during start-up.');
    return await runner.start();
  } catch (error) {
    await runner.stop();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}
