import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PORT_RANGE, type PortRange } from './port-picker';

const portRange = z
  .string()
  .regex(/^\d+-\d+$/, 'expected FIRST-LAST, e.g. 25565-26565')
  .transform((value): PortRange => {
    const [first, last] = value.split('-').map(Number) as [number, number];
    return { first, last };
  });

const env = z.object({
  NODE_ID: z.string().min(1),
  NODE_TOKEN: z.string().min(1),
  NODE_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  API_URL: z.url().default('http://127.0.0.1:3001'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  NODE_DATA_DIR: z.string().min(1).default('.data/node'),
  PANEL_ORIGINS: z.string().default(''),
  GAME_UID: z.coerce.number().int().min(0).default(988),
  /** Where allocations are picked from; a range of the node's own choosing. */
  ALLOCATION_PORTS: portRange.optional(),
});

export interface NodeConfig {
  nodeId: string;
  nodeToken: string;
  port: number;
  apiUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** Absolute, because Docker bind mounts need absolute paths. */
  dataDir: string;
  panelOrigins: string[];
  gameUid: number;
  portRange: PortRange;
}

/** Reads the environment; throws one readable line naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv): NodeConfig {
  // A launcher that passes VAR= means "not set", not "set to nothing".
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = env.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`node-worker configuration is invalid: ${problems.join('; ')}`);
  }
  const vars = parsed.data;
  return {
    nodeId: vars.NODE_ID,
    nodeToken: vars.NODE_TOKEN,
    port: vars.NODE_PORT,
    apiUrl: vars.API_URL.replace(/\/+$/, ''),
    temporalAddress: vars.TEMPORAL_ADDRESS,
    temporalNamespace: vars.TEMPORAL_NAMESPACE,
    dataDir: path.resolve(vars.NODE_DATA_DIR),
    panelOrigins: vars.PANEL_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    gameUid: vars.GAME_UID,
    portRange: vars.ALLOCATION_PORTS ?? DEFAULT_PORT_RANGE,
  };
}
