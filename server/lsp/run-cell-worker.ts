/**
 * `dist/run-cell-worker.js`: the worker thread Run Cell's jobs run on, so a long forward pass
 * never holds up the language server's main thread (diagnostics, hovers). It receives plain
 * data (a module configuration with numeric sizes, sample shapes, a seed) and runs only the
 * engine on it: no user code reaches this thread.
 */
import { parentPort } from "node:worker_threads";
import { executeRunCellJob } from "../analysis/run-cell-job";
import type { FromRunCellWorker, ToRunCellWorker } from "./run-cell-messages";

const port = parentPort;
if (port) {
  port.on("message", (msg: ToRunCellWorker) => {
    const execution = executeRunCellJob(msg.job, (message, percentage) => {
      const report: FromRunCellWorker = { type: "progress", id: msg.id, message, percentage };
      port.postMessage(report);
    });
    const reply: FromRunCellWorker = { type: "result", id: msg.id, execution };
    port.postMessage(reply);
  });
}
