/**
 * What the engine needs from its runtime beyond the language: environment settings, the number of
 * cores, and worker threads for big layers. `index.ts` is Node's; the browser build of the library
 * (scripts/pack-engine.mjs) puts `browser.ts` in its place, so nothing of Node reaches a page.
 */
export interface WorkerHandle {
  /** Called once if the worker fails (it then takes no more work). */
  onError(listener: () => void): void;
}

export interface Platform {
  /** An environment variable, or undefined where there is none (always in a browser). */
  env(name: string): string | undefined;
  /** Threads a layer may use at most by default, the calling one included. */
  defaultMaxThreads(): number;
  /**
   * Starts a worker running `source` (CommonJS, with `workerData` from node:worker_threads) that
   * never keeps the process alive; null where this runtime has no such workers.
   */
  startWorker(source: string, workerData: unknown): WorkerHandle | null;
}
