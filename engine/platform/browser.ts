/**
 * The engine's runtime in a browser (see types.ts): no environment, and layers run on the calling
 * thread (the WebAssembly kernels still run where the page is cross-origin isolated, which shared
 * memory needs; elsewhere the TypeScript kernels do).
 */
import type { Platform } from "./types";

export const platform: Platform = {
  env: () => undefined,
  defaultMaxThreads: () => 1,
  startWorker: () => null,
};
export type { Platform, WorkerHandle } from "./types";
