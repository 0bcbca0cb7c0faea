import type { EggVariable, EggView } from '@stellarstack/contracts';

/** One egg variable as stored and returned (the API's `EggView` carries them as they are). */
export type { EggVariable };

/** An egg reduced to what StellarStack runs; what `parseEgg` returns and the eggs table stores. */
export interface ParsedEgg extends Omit<EggView, 'id'> {
  /** `PTDL_v1` or `PTDL_v2`. */
  format: string;
  installScript: string;
  installImage: string;
  installEntrypoint: string;
}
