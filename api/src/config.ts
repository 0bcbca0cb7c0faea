import { z } from 'zod';

// Env is read once at boot; a wrong value stops the process with one line naming the variable.
const temporalEnv = {
  DATABASE_URL: z.string().min(1),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
};

const workerEnvSchema = z.object(temporalEnv);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const apiEnvSchema = z.object({
  ...temporalEnv,
  TEMPORAL_UI_URL: z.string().min(1).default('http://localhost:8233'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  BETTER_AUTH_SECRET: z.string().min(1),
  PANEL_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: optionalText,
  ADMIN_EMAIL: optionalText,
  ADMIN_PASSWORD: optionalText,
  LOCAL_NODE_ID: z.string().min(1).default('local'),
  LOCAL_NODE_TOKEN: optionalText,
  LOCAL_NODE_URL: z.string().min(1).default('http://127.0.0.1:8080'),
  LOCAL_NODE_ALLOCATION_IP: z.string().min(1).default('127.0.0.1'),
  START_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(300),
  STOP_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(30),
});

export type WorkerConfig = z.infer<typeof workerEnvSchema>;
export type ApiConfig = z.infer<typeof apiEnvSchema>;

export class ConfigError extends Error {}

function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new ConfigError(`Invalid environment: ${problems}`);
}

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return parseEnv(apiEnvSchema, env);
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return parseEnv(workerEnvSchema, env);
}
