/**
 * RNN Lens's VS Code extension (bundled to dist/extension.js). Thin: it starts the language
 * server (dist/server.js) and wires commands, the status bar and the Run Cell webview to it.
 * Everything it shows is computed by the server; the pure parts live in modules without `vscode`.
 */
import * as vscode from "vscode";
import { CANCEL_RUN_CELL_COMMAND, COMMANDS, OUTPUT_CHANNEL_NAME } from "./constants";
import { ServerManager } from "./language-client";
import { RunCellCommand } from "./run-cell-command";
import { RunCellPanel } from "./run-cell-panel";
import { StatusBar } from "./status-bar";

let server: ServerManager | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  const status = new StatusBar();
  const panel = new RunCellPanel();
  server = new ServerManager(context, output, status);
  const runCell = new RunCellCommand(server, panel);
  const s = server;
  context.subscriptions.push(
    output,
    status,
    panel,
    vscode.commands.registerCommand(COMMANDS.restartServer, () => s.restart()),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.runCellOnSampleInput, (...args: unknown[]) => runCell.run(...args)),
    vscode.commands.registerCommand(CANCEL_RUN_CELL_COMMAND, () => runCell.cancel()),
  );
  // Not awaited: activation finishes at once; the status bar shows the server starting.
  void server.start();
}

export async function deactivate(): Promise<void> {
  const s = server;
  server = undefined;
  if (s) await s.dispose();
}
