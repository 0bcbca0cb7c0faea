import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Generated once per data dir, so sessions, the node's token and the database password survive restarts. */
export interface StackSecrets {
  BETTER_AUTH_SECRET: string;
  LOCAL_NODE_TOKEN: string;
  POSTGRES_PASSWORD: string;
}

const GENERATORS: Record<keyof StackSecrets, () => string> = {
  BETTER_AUTH_SECRET: () => randomBytes(32).toString('base64url'),
  LOCAL_NODE_TOKEN: () => randomBytes(32).toString('hex'),
  POSTGRES_PASSWORD: () => randomBytes(24).toString('hex'),
};

async function readExisting(file: string): Promise<Partial<StackSecrets>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Partial<StackSecrets>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Reads `<dataDir>/secrets.json`, adding any secret it lacks (older files, first start). */
export async function loadSecrets(dataDir: string): Promise<StackSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readExisting(file);
  const secrets = { ...existing } as StackSecrets;
  let changed = false;
  for (const key of Object.keys(GENERATORS) as (keyof StackSecrets)[]) {
    if (typeof secrets[key] !== 'string' || secrets[key] === '') {
      secrets[key] = GENERATORS[key]();
      changed = true;
    }
  }
  if (changed) {
    await mkdir(dataDir, { recursive: true });
    // Only the launcher's user reads it: it holds the keys to every session and the node.
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
