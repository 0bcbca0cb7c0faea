import { z } from 'zod';
import type { EggVariable, ParsedEgg } from './egg-types';

export type EggParseResult = { ok: true; egg: ParsedEgg } | { ok: false; message: string; details?: unknown };

const SUPPORTED_FORMATS = ['PTDL_v1', 'PTDL_v2'];

// Old exports write booleans as 0/1 and leave descriptions or defaults null.
const looseBoolean = z.union([z.boolean(), z.number()]).transform(Boolean);
const text = z.union([z.string(), z.number()]).nullish().transform((value) => (value == null ? '' : String(value)));

/**
 * Names the node sets itself (SERVER_*, STARTUP: an egg's value would be silently replaced), the
 * container's own (PATH, HOME, USER), the rest of Pterodactyl's reserved list, and `__proto__`,
 * which a plain object cannot hold as a key.
 */
const RESERVED_NAMES = ['SERVER_MEMORY', 'SERVER_IP', 'SERVER_PORT', 'SERVER_UUID', 'UUID', 'STARTUP', 'ENV', 'HOME', 'USER', 'PATH', '__proto__'];

const variableSchema = z.object({
  name: z.string().min(1),
  description: text,
  env_variable: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a valid environment variable name')
    .superRefine((name, context) => {
      if (RESERVED_NAMES.includes(name)) context.addIssue({ code: 'custom', message: `${name} is a reserved name (set by the node or the container itself)` });
    }),
  default_value: text,
  user_viewable: looseBoolean.default(false),
  user_editable: looseBoolean.default(false),
  rules: text,
});

const eggSchema = z.object({
  name: z.string().min(1),
  author: text,
  description: text,
  docker_images: z.record(z.string(), z.string().min(1)).nullish(),
  images: z.array(z.string().min(1)).nullish(),
  image: z.string().min(1).nullish(),
  startup: z.string().min(1),
  config: z.object({
    startup: z.string(),
    stop: z.string().min(1),
  }),
  scripts: z.object({
    installation: z.object({
      script: z.string(),
      container: z.string().min(1),
      entrypoint: z.string().min(1),
    }),
  }),
  variables: z.array(variableSchema).default([]),
});

type EggJson = z.infer<typeof eggSchema>;

const startupConfigSchema = z.object({
  done: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
});

/** PTDL_v2 lists images by label; PTDL_v1 has one `image` (or, in later exports, an `images` list). */
function dockerImages(format: string, egg: EggJson): Record<string, string> {
  if (format === 'PTDL_v2') return egg.docker_images ?? {};
  if (egg.image) return { [egg.image]: egg.image };
  return Object.fromEntries((egg.images ?? []).map((image) => [image, image]));
}

/** `config.startup` is itself JSON text: `{"done": "..."}` or `{"done": ["...", "..."]}`. */
function doneText(startupConfig: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(startupConfig);
  } catch {
    return null;
  }
  const parsed = startupConfigSchema.safeParse(json);
  if (!parsed.success) return null;
  return typeof parsed.data.done === 'string' ? [parsed.data.done] : parsed.data.done;
}

function toVariable(variable: EggJson['variables'][number]): EggVariable {
  return {
    envVariable: variable.env_variable,
    name: variable.name,
    description: variable.description,
    defaultValue: variable.default_value,
    userViewable: variable.user_viewable,
    userEditable: variable.user_editable,
    rules: variable.rules,
  };
}

function formatOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const meta = (json as { meta?: unknown }).meta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const version = (meta as { version?: unknown }).version;
  return typeof version === 'string' ? version : undefined;
}

/** Reads a Pterodactyl egg export into what StellarStack stores, or says what is wrong with it. */
export function parseEgg(json: unknown): EggParseResult {
  const format = formatOf(json);
  if (format === undefined) {
    return { ok: false, message: 'Not a Pterodactyl egg: meta.version is missing. Export the egg from Pterodactyl/Pelican and import that file.' };
  }
  if (!SUPPORTED_FORMATS.includes(format)) {
    return { ok: false, message: `Egg format ${format} is not supported; import a PTDL_v2 (or PTDL_v1) egg.` };
  }
  const parsed = eggSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return { ok: false, message: `The egg is malformed: ${summary}`, details: { issues } };
  }
  const egg = parsed.data;
  const images = dockerImages(format, egg);
  if (Object.keys(images).length === 0) {
    return { ok: false, message: 'The egg names no docker image to run the server in.' };
  }
  const done = doneText(egg.config.startup);
  if (!done) {
    return { ok: false, message: 'The egg\'s config.startup must be JSON with a "done" text (a string or a list of strings).' };
  }
  const names = egg.variables.map((variable) => variable.env_variable);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) {
    return { ok: false, message: `The egg defines the variable ${duplicate} twice.` };
  }
  return {
    ok: true,
    egg: {
      format,
      name: egg.name,
      author: egg.author,
      description: egg.description,
      dockerImages: images,
      startup: egg.startup,
      stopCommand: egg.config.stop,
      doneText: done,
      // Eggs saved by Windows editors carry CRLF, which breaks `#!/bin/bash\r`.
      installScript: egg.scripts.installation.script.replace(/\r\n?/g, '\n'),
      installImage: egg.scripts.installation.container,
      installEntrypoint: egg.scripts.installation.entrypoint,
      variables: egg.variables.map(toVariable),
    },
  };
}
