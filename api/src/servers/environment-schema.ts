import { z } from 'zod';

/**
 * Variable values as clients send them. Everything becomes the string the process sees;
 * JSON booleans become '1'/'0' (what Laravel's `boolean` rule accepts) and null becomes ''.
 */
export const environmentSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((value) => {
    if (value === null) return '';
    if (typeof value === 'boolean') return value ? '1' : '0';
    return String(value);
  }),
);
