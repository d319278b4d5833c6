/**
 * Checks many files on worker threads. Each worker owns a Workspace; a shared queue hands files
 * out one at a time once the worker says it is ready (two in flight per worker, so none waits
 * for the next), and results are put back in the input order, which is sorted by path, so the
 * output never depends on timing.
 *
 * By default the main thread checks files from the same queue while the workers start (a worker
 * takes about half a second to load the analyzer), so a pool is never much slower than one
 * thread, and with N cores, N threads check files: the main thread and N - 1 workers.
 *
 * The worker is the entry script started again (`new Worker(__filename, { workerData })` from
 * main.ts), which works for the bundled dist/cli.js. Run from source under tsx, the worker first
 * registers tsx's CommonJS loader, since module hooks registered with --import do not reach
 * worker threads on Node 20.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";
import { Workspace } from "../analysis/workspace";
import { checkFile, LineMaps, type CheckedFile } from "./analyze";
import { messageOf, UsageError } from "./errors";
import { needsPythonParser, loadPythonParserOrFail } from "./python";
import { checkWorkerInit, WORKER_TAG, type WorkerInit } from "./worker-tag";

/** Fewer files than this are checked on the main thread alone: starting workers would not pay. */
export const MIN_FILES_FOR_WORKERS = 9;
const MAX_WORKERS = 15;
const IN_FLIGHT = 2;
/**
 * The analyzer allocates many short-lived objects; with a worker's default young generation it
 * spends most of its time in scavenges (measured: 2.5x slower than the main thread).
 */
const WORKER_YOUNG_GENERATION_MB = 64;

type ToWorker = { readonly type: "check"; readonly index: number; readonly file: string };
/** A worker says "ready" once the analyzer is loaded; files are sent only then. */
type FromWorker = { readonly type: "ready" } | { readonly type: "result"; readonly index: number; readonly result: CheckedFile };

/**
 * The worker's side: check each file it is sent with one Workspace, and send the result back.
 * When the run has Python files or notebooks, the worker loads its own Python parser (one per thread) before
 * it says it is ready, so no file is checked before its parser is there.
 */
export async function runCheckWorker(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const init = checkWorkerInit();
  if (init.python) await loadPythonParserOrFail();
  const ws = new Workspace({ keepEditState: false, project: init.project });
  const lineMaps = new LineMaps();
  port.on("message", (msg: ToWorker) => {
    const result = checkFile(ws, msg.file, lineMaps);
    const reply: FromWorker = { type: "result", index: msg.index, result };
    port.postMessage(reply);
  });
  const ready: FromWorker = { type: "ready" };
  port.postMessage(ready);
}

export interface PoolPlan {
  /** Worker threads to start. */
  readonly workers: number;
  /** Whether the main thread checks files too. */
  readonly mainThread: boolean;
}

/**
 * The threads for `fileCount` files. RNNLENS_WORKERS, when set, fixes the number of worker
 * threads: 0 checks everything on the main thread, N > 0 has N workers do all the checking (for
 * tuning and tests). Unset: more than 8 files are checked by the main thread and one worker per
 * other core.
 */
export function planPool(fileCount: number, env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): PoolPlan {
  const forced = env["RNNLENS_WORKERS"];
  if (forced !== undefined && forced !== "") {
    const n = Number(forced);
    if (!/^\d+$/.test(forced.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`RNNLENS_WORKERS must be a whole number of worker threads, got '${forced}'`);
    const k = Math.min(n, fileCount, 64);
    return k > 0 ? { workers: k, mainThread: false } : { workers: 0, mainThread: true };
  }
  if (fileCount < MIN_FILES_FOR_WORKERS) return { workers: 0, mainThread: true };
  return { workers: Math.max(1, Math.min(cores - 1, MAX_WORKERS, Math.ceil(fileCount / 4))), mainThread: true };
}

/** `entry` is the script the process started from (main.ts, or dist/cli.js once bundled). */
function spawnWorker(entry: string, python: boolean, project: string | null): Worker {
  const init: WorkerInit = { tag: WORKER_TAG, python, project };
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (/\.[mc]?tsx?$/.test(entry)) {
    // From source: register tsx in the worker, then load the entry as the main thread did.
    const tsxApi = createRequire(entry).resolve("tsx/cjs/api");
    const boot = `require(${JSON.stringify(tsxApi)}).register();\nrequire(${JSON.stringify(entry)});`;
    return new Worker(boot, { eval: true, workerData: init, resourceLimits });
  }
  return new Worker(entry, { workerData: init, resourceLimits });
}

export interface PoolResult {
  /** In the order of the input files. */
  readonly results: CheckedFile[];
  readonly workers: number;
  /** Files checked by each thread: the main thread first, then each worker. */
  readonly perThread: readonly number[];
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Checks the files with the planned threads; results come back in the files' order. */
export function checkInPool(files: readonly string[], plan: PoolPlan, entry: string, project: string | null = null): Promise<PoolResult> {
  return new Promise((resolvePool, reject) => {
    const results = new Array<CheckedFile | undefined>(files.length);
    const perThread = new Array<number>(plan.workers + 1).fill(0);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const finish = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolvePool({ results: results as CheckedFile[], workers: plan.workers, perThread });
    };
    const record = (index: number, result: CheckedFile, thread: number): void => {
      if (results[index] !== undefined) return;
      results[index] = result;
      perThread[thread] = (perThread[thread] ?? 0) + 1;
      done++;
      if (done === files.length) finish(null);
    };
    const feed = (w: Worker): void => {
      if (settled || next >= files.length) return;
      const index = next++;
      const msg: ToWorker = { type: "check", index, file: files[index] as string };
      w.postMessage(msg);
    };

    if (files.length === 0) {
      finish(null);
      return;
    }
    const python = files.some(needsPythonParser);
    for (let i = 0; i < plan.workers; i++) {
      let w: Worker;
      try {
        w = spawnWorker(entry, python, project);
      } catch (e) {
        finish(new Error(`cannot start a worker thread: ${messageOf(e)}`));
        return;
      }
      pool.push(w);
      w.on("message", (msg: FromWorker) => {
        if (msg.type === "ready") {
          for (let k = 0; k < IN_FLIGHT; k++) feed(w);
          return;
        }
        record(msg.index, msg.result, i + 1);
        feed(w);
      });
      w.on("error", (e) => finish(new Error(`a worker thread failed: ${messageOf(e)}`)));
      w.on("exit", (code) => {
        if (!settled) finish(new Error(`a worker thread stopped early (exit code ${code})`));
      });
    }
    if (!plan.mainThread) return;
    void (async () => {
      const ws = new Workspace({ keepEditState: false, project });
      const lineMaps = new LineMaps();
      while (!settled && next < files.length) {
        const index = next++;
        try {
          record(index, checkFile(ws, files[index] as string, lineMaps), 0);
        } catch (e) {
          finish(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        // Let the workers' results in and hand them more files.
        await nextTick();
      }
    })();
  });
}

/** Checks the files, on worker threads when there are enough of them; `project`: see WorkspaceOptions.project. */
export function checkFiles(files: readonly string[], entry: string, env: NodeJS.ProcessEnv = process.env, project: string | null = null): Promise<PoolResult> {
  return checkInPool(files, planPool(files.length, env), entry, project);
}
