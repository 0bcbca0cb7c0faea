/** One egg variable as stored and returned; `rules` is the Pterodactyl/Laravel rule string. */
export interface EggVariable {
  envVariable: string;
  name: string;
  description: string;
  defaultValue: string;
  userViewable: boolean;
  userEditable: boolean;
  rules: string;
}

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
