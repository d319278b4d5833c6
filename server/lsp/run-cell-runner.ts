/**
 * Runs Run Cell jobs on a worker thread, one at a time, off the language server's main thread.
 * The worker lives across runs (its kernels, WebAssembly and thread pool are made once); a
 * cancelled run terminates it (a forward pass cannot be interrupted from outside otherwise),
 * and the next run starts a fresh one.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CancellationToken } from "vscode-languageserver";
import type { RunCellExecution, RunCellJob } from "../analysis/run-cell-job";
import type { FromRunCellWorker, ToRunCellWorker } from "./run-cell-messages";

/** The bundled worker beside the server bundle (scripts/build.mjs makes both). */
export const RUN_CELL_WORKER_JS = join(__dirname, "run-cell-worker.js");

export type RunOutcome = { readonly kind: "done"; readonly execution: RunCellExecution } | { readonly kind: "cancelled" } | { readonly kind: "failed"; readonly message: string };

export type ProgressReport = (message: string, percentage: number) => void;

export class RunCellRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  /** The end of the last queued run: runs go one after the other. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly workerPath: string = RUN_CELL_WORKER_JS) {}

  /** Runs `job` after the runs queued before it; a cancelled token ends it (queued or running). */
  run(job: RunCellJob, token: CancellationToken, progress: ProgressReport): Promise<RunOutcome> {
    const result = this.tail.then(() => (token.isCancellationRequested ? { kind: "cancelled" as const } : this.runNow(job, token, progress)));
    this.tail = result.catch(() => undefined);
    return result;
  }

  private workerOf(): Worker {
    if (!this.worker) {
      const w = new Worker(this.workerPath);
      // An idle worker must not keep the server process alive at exit.
      w.unref();
      this.worker = w;
    }
    return this.worker;
  }

  private runNow(job: RunCellJob, token: CancellationToken, progress: ProgressReport): Promise<RunOutcome> {
    const id = this.nextId++;
    const worker = this.workerOf();
    return new Promise<RunOutcome>((resolve) => {
      const finish = (outcome: RunOutcome) => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        cancelListener.dispose();
        resolve(outcome);
      };
      const onMessage = (msg: FromRunCellWorker) => {
        if (msg.id !== id) return;
        if (msg.type === "progress") progress(msg.message, msg.percentage);
        else finish({ kind: "done", execution: msg.execution });
      };
      const drop = () => {
        if (this.worker === worker) this.worker = null;
      };
      const onError = (e: Error) => {
        drop();
        finish({ kind: "failed", message: e.message });
      };
      const onExit = (code: number) => {
        drop();
        finish({ kind: "failed", message: `the Run Cell worker stopped (exit code ${code})` });
      };
      const cancelListener = token.onCancellationRequested(() => {
        // The forward pass is one synchronous call in the worker: only ending the thread stops it.
        drop();
        finish({ kind: "cancelled" });
        void worker.terminate();
      });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      const msg: ToRunCellWorker = { id, job };
      worker.postMessage(msg);
    });
  }

  /** Ends the worker (server shutdown). */
  dispose(): void {
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }
}
