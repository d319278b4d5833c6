/**
 * Helpers for the suites that run inside the editor's extension host. Waiting is always polling
 * with a deadline (`waitFor`), never a fixed sleep: the language server answers asynchronously.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { RunCellResponse } from "../../../server/lsp/protocol";

export const EXTENSION_ID = "rnnlens.rnnlens";
export const SOURCE = "rnnlens";
/** Long enough for a cold language server on a loaded 2-core CI machine. */
export const DEADLINE_MS = Number(process.env["RNNLENS_EDITOR_DEADLINE_MS"] ?? 30_000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("the tests need the sample workspace open (test/editor/workspace)");
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split("/"));
}

/** Polls `probe` until it returns something other than undefined; fails after the deadline, saying what it waited for and what it last saw. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = DEADLINE_MS, lastSeen?: () => unknown): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastSeen ? `; last seen: ${JSON.stringify(lastSeen())}` : "";
      const err = lastError ? `; last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : "";
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this editor`);
  await ext.activate();
  return ext;
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Throws away unsaved edits of a document (the suites never save). */
export async function revert(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand("workbench.action.files.revert");
  await waitFor(`${uri.path} reverted`, () => (doc.isDirty ? undefined : true));
}

export function rnnlensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits until the document has rnnlens diagnostics, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what = "rnnlens diagnostics", accept: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} on ${uri.path}`,
    () => {
      const ds = rnnlensDiagnostics(uri);
      return accept(ds) ? ds : undefined;
    },
    DEADLINE_MS,
    () => rnnlensDiagnostics(uri).map(summary),
  );
}

export function waitForNoDiagnostics(uri: vscode.Uri, what = "no rnnlens diagnostics"): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, what, (ds) => ds.length === 0);
}

export function summary(d: vscode.Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d) ?? "?"}: ${d.message}`;
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === "object" ? String(c.value) : String(c);
}

/**
 * The range of the part of `context` marked with «», in the first place the document has
 * `context` (without the marks): `rangeOf(doc, "nn.LSTM(10, 20, «2»)")` is the range of that `2`.
 * Without marks, the range of the whole context.
 */
export function rangeOf(doc: vscode.TextDocument, context: string): vscode.Range {
  const open = context.indexOf("«");
  const close = context.indexOf("»");
  const needle = context.replace("«", "").replace("»", "");
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} not found in ${doc.uri.path}`);
  const start = open >= 0 ? at + open : at;
  const end = open >= 0 && close > open ? at + close - 1 : at + needle.length;
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

export async function replace(uri: vscode.Uri, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, text);
  assert.equal(await vscode.workspace.applyEdit(edit), true, `edit of ${uri.path} refused`);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n");
}

export function inlayLabel(h: vscode.InlayHint): string {
  return typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join("");
}

/** RNN Lens's shape hints (`: [5, 3, 10]`) in the whole document. */
export async function shapeHints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>("vscode.executeInlayHintProvider", doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  return hints.filter((h) => /^: \[/.test(inlayLabel(h)));
}

/** Sets an `rnnlens.*` user setting (undefined removes it) and returns a function that restores the previous value. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration("rnnlens");
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration("rnnlens").update(key, previous, vscode.ConfigurationTarget.Global);
  };
}

export function sameRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  assert.deepEqual(
    [actual.start.line, actual.start.character, actual.end.line, actual.end.character],
    [expected.start.line, expected.start.character, expected.end.line, expected.end.character],
    `${what}: range`,
  );
}

/** What `rnnlens.runCellOnSampleInput` returns (the server's `rnnlens/runCell` response). */
export type { RunCellResponse } from "../../../server/lsp/protocol";

export function isRunCellResponse(v: unknown): v is RunCellResponse {
  return typeof v === "object" && v !== null && "found" in v && typeof v.found === "boolean";
}

/** Runs the command and checks it returned the run's response (the contract these suites rely on). */
export async function runCell(...args: unknown[]): Promise<RunCellResponse> {
  const r: unknown = await vscode.commands.executeCommand("rnnlens.runCellOnSampleInput", ...args);
  assert.ok(
    isRunCellResponse(r),
    `rnnlens.runCellOnSampleInput returned ${JSON.stringify(r)}; it must return the rnnlens/runCell response it showed (the in-editor tests assert on it)`,
  );
  return r;
}

export type FoundRun = Extract<RunCellResponse, { found: true }>;

export function assertFound(r: RunCellResponse): FoundRun {
  if (!r.found) assert.fail(`nothing ran: ${r.message}`);
  return r;
}

/** The Run Cell webview panel's tab, if open. */
export function runCellTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith("rnnlens.runCell"));
}
