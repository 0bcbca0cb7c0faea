// Shapes the panel reads from the API (see the brief in docs/architecture.md and contracts/).
import type { OperationView, ServerLimits, ServerStatus, Allocation } from '@stellarstack/contracts';

export type { ServerStatus, ServerLimits, Allocation };

export interface Me {
  id: string;
  email: string;
  name: string;
  rootAdmin: boolean;
}

export interface ServerSummary {
  id: string;
  name: string;
  status: ServerStatus;
  allocation: Allocation | null;
  nodeId: string;
  eggName: string;
}

export interface ServerDetail extends ServerSummary {
  limits: ServerLimits;
  environment: Record<string, string>;
  installOutput: string | null;
  image?: string | null;
}

export interface Operation extends OperationView {
  temporalUrl?: string;
}

export interface NodeSummary {
  id: string;
  name: string;
  online: boolean;
}

/** One egg variable, whichever casing the API uses (camelCase or the egg file's snake_case). */
export interface EggVariable {
  name: string;
  description: string;
  envVariable: string;
  defaultValue: string;
  rules: string;
}

export interface EggSummary {
  id: string;
  name: string;
  description: string;
  author: string;
  images: string[];
  variables: EggVariable[] | null;
}

type Loose = Record<string, unknown>;

function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function normalizeVariable(raw: unknown): EggVariable {
  const v = (raw ?? {}) as Loose;
  return {
    name: str(v.name ?? v.envVariable ?? v.env_variable),
    description: str(v.description),
    envVariable: str(v.envVariable ?? v.env_variable ?? v.env),
    defaultValue: str(v.defaultValue ?? v.default_value ?? v.default),
    rules: str(v.rules),
  };
}

export function normalizeEgg(raw: unknown): EggSummary {
  const e = (raw ?? {}) as Loose;
  const images = e.dockerImages ?? e.docker_images ?? e.images ?? e.image;
  let imageList: string[] = [];
  if (Array.isArray(images)) imageList = images.map(str);
  else if (images && typeof images === 'object') imageList = Object.values(images as Loose).map(str);
  else if (typeof images === 'string') imageList = [images];
  const variables = e.variables;
  return {
    id: str(e.id),
    name: str(e.name),
    description: str(e.description),
    author: str(e.author),
    images: imageList,
    variables: Array.isArray(variables) ? variables.map(normalizeVariable) : null,
  };
}
