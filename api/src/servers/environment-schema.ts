import { z } from 'zod';

/**
 * Linux refuses to start a process with any one environment string over 128 KiB (E2BIG), so a
 * longer value would leave a server that can never install or start; stay well below that.
 */
const MAX_VALUE_BYTES = 32 * 1024;

/**
 * Variable values as clients send them. Everything becomes the string the process sees;
 * JSON booleans become '1'/'0' (what Laravel's `boolean` rule accepts) and null becomes ''.
 */
export const environmentSchema = z.record(
  z.string(),
  z
    .union([z.string(), z.number(), z.boolean(), z.null()])
    .transform((value) => {
      if (value === null) return '';
      if (typeof value === 'boolean') return value ? '1' : '0';
      return String(value);
    })
    .refine((value) => Buffer.byteLength(value) <= MAX_VALUE_BYTES, `must be at most ${MAX_VALUE_BYTES / 1024} KiB`),
);
