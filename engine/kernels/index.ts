/** The kernels the engine computes with. One implementation today; a faster one plugs in here. */
import { typescriptKernels } from "./typescript-kernels";
import type { Kernels } from "./types";

let active: Kernels = typescriptKernels;

export function kernels(): Kernels {
  return active;
}

/** Replaces the active kernels (tests run the suites once per implementation). */
export function useKernels(k: Kernels): void {
  active = k;
}

export type { Kernels };
