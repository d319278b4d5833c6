/** `dist/server.js`: the RNN Lens language server over stdio (`--stdio`) or IPC (`--node-ipc`). */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { RnnLensServer } from "./server";

const connection = createConnection(ProposedFeatures.all);
// A crash in a handler is already caught by the server; anything else is logged, never fatal.
process.on("uncaughtException", (e) => connection.console.error(`rnnlens: uncaught: ${e.stack ?? e.message}`));
process.on("unhandledRejection", (e) => connection.console.error(`rnnlens: unhandled rejection: ${String(e)}`));
new RnnLensServer(connection).start();
