/** The engine's runtime in Node (see types.ts): process.env, os, worker_threads. */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Platform } from "./types";

export const platform: Platform = {
  env: (name) => process.env[name],
  defaultMaxThreads: () => availableParallelism(),
  startWorker(source, workerData) {
    const worker = new Worker(source, { eval: true, workerData });
    worker.unref();
    return { onError: (listener) => void worker.on("error", listener) };
  },
};
export type { Platform, WorkerHandle } from "./types";
