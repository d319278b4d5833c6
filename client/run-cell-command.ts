/**
 * "RNN Lens: Run Cell on Sample Input" (`rnnlens.runCellOnSampleInput`): sends `rnnlens/runCell`
 * for the cursor (or the code lens's position), asks for the size of every symbolic dim the
 * `rnnlens.sampleDims` setting does not give, and shows the result in the Run Cell panel.
 */
import { randomUUID } from "node:crypto";
import * as vscode from "vscode";
import { WorkDoneProgress, type LanguageClient } from "vscode-languageclient/node";
import { RunCellRequest, type RunCellParams, type RunCellResponse } from "../server/lsp/protocol";
import { runCellArgs } from "./args";
import { CANCEL_RUN_CELL_COMMAND, CONFIG_SECTION, EXTENSION_NAME, LANGUAGES } from "./constants";
import { parseSampleDimsSetting, validateDimInput } from "../server/analysis/sample-dims";
import type { ServerManager } from "./language-client";
import type { RunCellPanel } from "./run-cell-panel";
import type { RunLocation } from "./webview/render";

const NOTHING_HINT = "Put the cursor on a recurrent layer's constructor (new nn.LSTM(...)), on a variable or field holding one, or on a forward call, then run “RNN Lens: Run Cell on Sample Input” again.";
/** Rounds of asking for sizes before giving up (the server names every missing dim at once). */
const MAX_ROUNDS = 3;

export class RunCellCommand {
  /** Sizes the user typed this session, offered again next time. */
  private readonly remembered = new Map<string, number>();
  /** The run in progress: the Cancel button (and a new run) cancels its request. */
  private current: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly server: ServerManager,
    private readonly panel: RunCellPanel,
  ) {}

  /** Runs, shows the result, and returns the server's response (undefined when nothing was asked). */
  async run(...args: unknown[]): Promise<RunCellResponse | undefined> {
    const target = this.target(args);
    if (!target) {
      void vscode.window.showInformationMessage(`${EXTENSION_NAME}: open a Python, TypeScript or JavaScript file and put the cursor on a recurrent layer or a forward call.`);
      return undefined;
    }
    const { uri, position } = target;
    const location: RunLocation = { file: vscode.workspace.asRelativePath(uri, false), line: position.line, character: position.character };
    const client = await this.server.ready();
    if (!client) {
      this.panel.show({ kind: "message", title: "The language server is not running", message: "Run “RNN Lens: Restart Server” and try again.", location });
      return undefined;
    }
    const dims: Record<string, number> = parseSampleDimsSetting(vscode.workspace.getConfiguration(CONFIG_SECTION, uri).get<unknown>("sampleDims"));
    const asked = new Set<string>();
    const params = () => ({
      textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
      position: { line: position.line, character: position.character },
      dims: { ...dims },
    });
    this.current?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.current = source;
    let response: RunCellResponse | undefined;
    try {
      response = await this.request(client, params(), source.token, location);
      if (!response) return this.cancelled(location, source);
      for (let round = 0; round < MAX_ROUNDS && response.found && response.missingDims.length > 0; round++) {
        const toAsk = response.missingDims.filter((d) => !asked.has(d));
        if (toAsk.length === 0) break;
        for (const name of toAsk) {
          const size = await this.askSize(name);
          if (size === undefined) {
            // Cancelled: show what is missing rather than nothing.
            this.panel.show({ kind: "result", result: response, location });
            return response;
          }
          dims[name] = size;
          asked.add(name);
        }
        response = await this.request(client, params(), source.token, location);
        if (!response) return this.cancelled(location, source);
      }
    } catch (e) {
      if (source.token.isCancellationRequested) return this.cancelled(location, source);
      this.panel.show({ kind: "message", title: "The run failed", message: `The language server did not answer: ${e instanceof Error ? e.message : String(e)}`, location });
      return undefined;
    } finally {
      if (this.current === source) this.current = undefined;
      source.dispose();
    }
    if (!response.found) {
      this.panel.show({ kind: "message", title: "Nothing to run here", message: response.message, hint: NOTHING_HINT, location });
      return response;
    }
    this.panel.show({ kind: "result", result: response, location });
    return response;
  }

  /** Cancels the run in progress (the panel's Cancel button): the client sends `$/cancelRequest`. */
  cancel(): void {
    this.current?.cancel();
  }

  /**
   * One `rnnlens/runCell` request, cancelled by `token`; the panel shows the server's progress
   * (through a work-done token) with a Cancel button meanwhile. Undefined when cancelled.
   */
  private async request(client: LanguageClient, params: RunCellParams, token: vscode.CancellationToken, location: RunLocation): Promise<RunCellResponse | undefined> {
    const workDoneToken = randomUUID();
    this.panel.show({ kind: "running", location, cancelCommand: CANCEL_RUN_CELL_COMMAND });
    const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
      if (token.isCancellationRequested || v.kind === "end") return;
      if (v.kind === "report" && v.message !== undefined) this.panel.show({ kind: "running", location, cancelCommand: CANCEL_RUN_CELL_COMMAND, progress: { message: v.message, percentage: v.percentage ?? 0 } });
    });
    try {
      // A cancelled request resolves to undefined (vscode-languageclient's default for it).
      const response = await client.sendRequest(RunCellRequest, { ...params, workDoneToken }, token);
      return token.isCancellationRequested ? undefined : (response ?? undefined);
    } finally {
      listener.dispose();
    }
  }

  /** Says the run was cancelled, unless a newer run (which cancelled it) owns the panel now. */
  private cancelled(location: RunLocation, source: vscode.CancellationTokenSource): undefined {
    if (this.current !== source) return undefined;
    this.panel.show({ kind: "message", title: "Run cancelled", message: "The run was cancelled before it finished; nothing was computed.", location });
    return undefined;
  }

  private async askSize(name: string): Promise<number | undefined> {
    const previous = this.remembered.get(name);
    const text = await vscode.window.showInputBox({
      title: `${EXTENSION_NAME}: size of “${name}”`,
      prompt: `The run needs a size for the symbolic dim “${name}” (a positive integer). Set rnnlens.sampleDims to stop being asked.`,
      value: previous === undefined ? "" : String(previous),
      placeHolder: "e.g. 16",
      ignoreFocusOut: true,
      validateInput: validateDimInput,
    });
    if (text === undefined) return undefined;
    const size = Number(text.trim());
    this.remembered.set(name, size);
    return size;
  }

  /** The document and position to run: the code lens's arguments, else the active editor's cursor. */
  private target(args: readonly unknown[]): { uri: vscode.Uri; position: vscode.Position } | undefined {
    const a = runCellArgs(args);
    const editor = vscode.window.activeTextEditor;
    const uri = a.uri !== undefined ? vscode.Uri.parse(a.uri, true) : editor?.document.uri;
    if (!uri) return undefined;
    if (a.position) return { uri, position: new vscode.Position(a.position.line, a.position.character) };
    // From the context menu or the palette: the cursor of the editor showing that document.
    const shown = editor && editor.document.uri.toString() === uri.toString() ? editor : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    if (!shown || !(LANGUAGES as readonly string[]).includes(shown.document.languageId)) return undefined;
    return { uri, position: shown.selection.active };
  }
}
