/** The messages between the language server and its Run Cell worker (server/lsp/run-cell-worker.ts). */
import type { RunCellExecution, RunCellJob } from "../analysis/run-cell-job";

export interface ToRunCellWorker {
  readonly id: number;
  readonly job: RunCellJob;
}

export type FromRunCellWorker =
  | { readonly type: "progress"; readonly id: number; readonly message: string; readonly percentage: number }
  | { readonly type: "result"; readonly id: number; readonly execution: RunCellExecution };
