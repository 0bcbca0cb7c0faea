import type { EggVariable } from '@stellarstack/contracts';

/** One egg variable as stored and returned (the API's `EggView` carries them as they are). */
export type { EggVariable };

/** An egg reduced to what StellarStack runs; what `parseEgg` returns and the eggs table stores. */
export interface ParsedEgg {
  /** `PTDL_v1` or `PTDL_v2`. */
  format: string;
  name: string;
  author: string;
  description: string;
  /** Label → image, in the egg's order; the first one is the default. */
  dockerImages: Record<string, string>;
  startup: string;
  stopCommand: string;
  doneText: string[];
  installScript: string;
  installImage: string;
  installEntrypoint: string;
  variables: EggVariable[];
}
