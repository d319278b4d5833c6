/** How a check worker thread is told apart from the main thread (light: no analyzer imports). */
import { isMainThread, workerData } from "node:worker_threads";

export const WORKER_TAG = "rnnlens-check-worker";

export interface WorkerInit {
  readonly tag: typeof WORKER_TAG;
  /** Some files of the run are Python: the worker loads the Python parser before it says it is ready. */
  readonly python: boolean;
  /** `check --project`: the config whose files resolve their imports with it. */
  readonly project: string | null;
}

function isWorkerInit(v: unknown): v is WorkerInit {
  return typeof v === "object" && v !== null && (v as { tag?: unknown }).tag === WORKER_TAG;
}

/** True inside a worker thread the check pool started. */
export function isCheckWorker(): boolean {
  return !isMainThread && isWorkerInit(workerData);
}

/** The check worker's start data (call only where isCheckWorker() is true). */
export function checkWorkerInit(): WorkerInit {
  return workerData as WorkerInit;
}
