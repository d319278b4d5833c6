/**
 * A small LSP client for driving the built language server (`dist/server.js`) over stdio, the
 * way an editor does: it spawns the server, speaks JSON-RPC through vscode-languageserver-protocol,
 * mirrors every open document's text (incremental changes are applied locally with
 * vscode-languageserver-textdocument, so edits are computed from what the server should have),
 * answers the server's requests (`workspace/configuration` from a settings object the test can
 * change, refreshes, capability registration) and records every notification.
 *
 * Waiting is always event-driven with a deadline (`waitFor`), never a fixed sleep. Shared by the
 * protocol tests (test/lsp/*.test.ts) and the benchmark (bench/lsp.ts).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  ConfigurationRequest,
  createMessageConnection,
  DidChangeConfigurationNotification,
  DidChangeNotebookDocumentNotification,
  DidCloseNotebookDocumentNotification,
  DidOpenNotebookDocumentNotification,
  NotebookCellKind,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileEvent,
  type InitializeResult,
  type Position,
  type MessageConnection,
  type NotebookCell,
  type NotebookDocumentChangeEvent,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The server under test; RNNLENS_LSP_SERVER points the tests at another build (then nothing is built). */
export const SERVER_JS = process.env["RNNLENS_LSP_SERVER"] ?? join(ROOT, "dist", "server.js");

/** Default deadline for anything the server should answer "at once" (generous for slow CI). */
export const DEADLINE_MS = 5_000;

// ---------------------------------------------------------------------------------------------
// Building the server

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (name.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function serverIsFresh(): boolean {
  try {
    const built = statSync(SERVER_JS).mtimeMs;
    return built >= newestMtime(join(ROOT, "server")) && built >= newestMtime(join(ROOT, "engine"));
  } catch {
    return false;
  }
}

/**
 * Builds `dist/server.js` (`scripts/build.mjs --no-typecheck`) unless it is newer than every
 * source file under server/ and engine/ (RNNLENS_LSP_REBUILD=1 forces a build).
 *
 * Test files run as children of one `node --test` (NODE_TEST_CONTEXT is set): they serialise on
 * a lock file, the first one builds (or finds the bundle fresh), and a marker keyed by the
 * runner's pid makes the rest of the run use that bundle — so no test file rebuilds it while
 * another one's server is starting, even when sources change during the run.
 */
export function ensureServerBuilt(): void {
  if (process.env["RNNLENS_LSP_SERVER"]) return;
  const force = process.env["RNNLENS_LSP_REBUILD"] === "1";
  const marker = process.env["NODE_TEST_CONTEXT"] ? join(tmpdir(), `rnnlens-lsp-built-${process.ppid}`) : null;
  if (marker && existsSync(marker)) return;
  withBuildLock(() => {
    if (marker && existsSync(marker)) return;
    if (force || !serverIsFresh()) {
      const r = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck"], { cwd: ROOT, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    if (marker) writeFileSync(marker, String(Date.now()));
  });
}

function withBuildLock(f: () => void): void {
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const lock = join(ROOT, "dist", ".lsp-test-build.lock");
  const started = Date.now();
  let fd: number | null = null;
  while (fd === null) {
    try {
      fd = openSync(lock, "wx");
    } catch {
      // Someone else builds; a lock older than 2 minutes is stale (a killed build).
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() - started > 180_000) throw new Error("ensureServerBuilt: timed out waiting for another build");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    f();
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Small utilities

/** A promise that rejects after `ms` with a message naming what was awaited. */
export function withDeadline<T>(p: PromiseLike<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    Promise.resolve(p).then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Position of the `nth` occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, options: { nth?: number; delta?: number } = {}): Position {
  let at = -1;
  for (let i = 0; i <= (options.nth ?? 0); i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`positionOf: occurrence ${i} of ${JSON.stringify(needle)} not found`);
  }
  return TextDocument.create("x", "x", 0, text).positionAt(at + (options.delta ?? 0));
}

/** The position of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  return TextDocument.create("x", "x", 0, text).positionAt(offset);
}

/** The range of the `nth` occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  const doc = TextDocument.create("x", "x", 0, text);
  const start = doc.offsetAt(positionOf(text, needle, { nth }));
  return { start: doc.positionAt(start), end: doc.positionAt(start + needle.length) };
}

/** Text covered by a range. */
export function textIn(text: string, range: Range): string {
  const doc = TextDocument.create("x", "x", 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** A file:// URI for a (possibly nonexistent) path. */
export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** A settings object lookup by dotted section (`rnnlens`, `rnnlens.enable`). */
function lookup(settings: Record<string, unknown>, section: string | undefined): unknown {
  if (section === undefined) return settings;
  let v: unknown = settings;
  for (const key of section.split(".")) {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v ?? null;
}

function serverEnv(overrides: Readonly<Record<string, string | undefined>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// The client

export interface ClientOptions {
  /** Client capabilities; default: an editor with workspace/configuration and no pull diagnostics. */
  readonly capabilities?: ClientCapabilities;
  /** Settings `workspace/configuration` answers from (`{ rnnlens: {...} }`); changeable later. */
  readonly settings?: Record<string, unknown>;
  readonly initializationOptions?: unknown;
  /** Extra Node flags for the server (e.g. `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
  /** The workspace root sent in `initialize` (default: the repository). */
  readonly rootUri?: string;
  /** Environment variables for the server over the test's own (undefined removes one). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The server script to start (default SERVER_JS), e.g. a copy of dist/ installed elsewhere. */
  readonly server?: string;
}

/** A notebook cell as a test gives it: its URI, text, kind (default code) and language (default python). */
export interface CellSpec {
  readonly uri: string;
  readonly text?: string;
  readonly kind?: "code" | "markup";
  readonly language?: string;
}

/** A cell URI as VS Code makes them: the notebook's path and a fragment naming the cell. */
export function cellUri(notebookUri: string, n: number): string {
  const path = notebookUri.replace(/^[a-z-]+:(\/\/)?/, "");
  return `vscode-notebook-cell:${path}#W${n}sZmlsZQ%3D%3D`;
}

export interface Received {
  readonly method: string;
  readonly params: unknown;
  /** performance.now() when it arrived. */
  readonly at: number;
}

/** Capabilities of an editor that takes pushed diagnostics (no `textDocument.diagnostic`). */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: {
    synchronization: { didSave: false, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    inlayHint: {},
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
    codeLens: {},
  },
};

/** Capabilities of an editor that watches files on disk for the server (VS Code does). */
export const WATCHING_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  workspace: { ...PUSH_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } },
};

/** Capabilities of an editor that lists code actions without edits and resolves them (VS Code does). */
export const RESOLVING_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  textDocument: {
    ...PUSH_CAPABILITIES.textDocument,
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "refactor", "refactor.rewrite"] } },
      dataSupport: true,
      resolveSupport: { properties: ["edit"] },
    },
  },
};

/** Capabilities of an editor that pulls diagnostics (`textDocument/diagnostic`). */
export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  /** Every notification the server sent, in order. */
  readonly received: Received[] = [];
  /** Every `workspace/configuration` request's sections, in order. */
  readonly configurationRequests: (string | undefined)[][] = [];
  /** Other server-to-client requests by method (refreshes, registrations). */
  readonly serverRequests: string[] = [];
  /** The same requests with their parameters (e.g. what `client/registerCapability` registers). */
  readonly serverRequestParams: { readonly method: string; readonly params: unknown }[] = [];
  settings: Record<string, unknown>;
  stderr = "";
  /** Resolves with the exit code (or the signal's name) when the server process ends. */
  readonly exited: Promise<number | string>;
  exitCode: number | string | null = null;
  readonly spawnedAt: number;
  private readonly docs = new Map<string, TextDocument>();
  /** Open notebooks: their version and cells in order. */
  private readonly notebooks = new Map<string, { version: number; cells: NotebookCell[] }>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? { rnnlens: {} };
    this.spawnedAt = performance.now();
    this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), options.server ?? SERVER_JS, "--stdio"], { cwd: options.cwd ?? ROOT, env: serverEnv(options.env), stdio: ["pipe", "pipe", "pipe"] });
    this.exited = new Promise((resolve) => {
      this.proc.on("exit", (code, signal) => {
        this.exitCode = code ?? signal ?? "unknown";
        resolve(this.exitCode);
        this.notify();
      });
    });
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (d: string) => {
      this.stderr += d;
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification((method: string, params: unknown) => {
      this.received.push({ method, params, at: performance.now() });
      this.notify();
    });
    // `$/progress` is not passed to the notification handler (the connection routes it to
    // progress handlers by token): recorded here with the other notifications.
    this.conn.onUnhandledProgress((params) => {
      this.received.push({ method: "$/progress", params, at: performance.now() });
      this.notify();
    });
    this.conn.onRequest(ConfigurationRequest.type, (p) => {
      const sections = p.items.map((i) => i.section);
      this.configurationRequests.push(sections);
      this.notify();
      return sections.map((s) => lookup(this.settings, s));
    });
    this.conn.onRequest((method: string, params: unknown) => {
      this.serverRequests.push(method);
      this.serverRequestParams.push({ method, params });
      this.notify();
      return null;
    });
    // A closed pipe after exit is expected; anything else surfaces through the tests' deadlines.
    this.conn.onError(() => undefined);
    this.proc.stdin.on("error", () => undefined);
    this.conn.listen();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /**
   * Resolves with the first truthy value `probe` returns, checked now and after every message
   * from the server; rejects after `timeoutMs` with `what` in the message.
   */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = DEADLINE_MS, what = "condition"): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        let v: T | undefined | null | false;
        try {
          v = probe();
        } catch (e) {
          done();
          reject(e instanceof Error ? e : new Error(String(e)));
          return true;
        }
        if (v === undefined || v === null || v === false) {
          if (this.exitCode === null) return false;
          done();
          reject(new Error(`the server exited (${this.exitCode}) while waiting for ${what}${this.stderr ? `\nserver stderr:\n${this.stderr.slice(-2000)}` : ""}`));
          return true;
        }
        done();
        resolve(v);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderr ? `\nserver stderr:\n${this.stderr.slice(-2000)}` : ""}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      if (check()) return;
      this.listeners.add(listener);
    });
  }

  async initialize(capabilities: ClientCapabilities = this.options.capabilities ?? PUSH_CAPABILITIES): Promise<InitializeResult> {
    const result = await withDeadline(
      this.conn.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: this.options.rootUri ?? fileUri(ROOT),
        capabilities,
        workspaceFolders: null,
        ...(this.options.initializationOptions !== undefined ? { initializationOptions: this.options.initializationOptions } : {}),
      }),
      30_000,
      "initialize",
    );
    await this.sendNote(InitializedNotification.type, {});
    return result;
  }

  // --- documents ------------------------------------------------------------------------------

  text(uri: string): string {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d.getText();
  }

  version(uri: string): number {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d.version;
  }

  async open(uri: string, text: string, languageId = "typescript", version = 1): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
    await this.sendNote(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Sends incremental (or full) changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    const next = TextDocument.update(d, changes, d.version + 1);
    this.docs.set(uri, next);
    await this.sendNote(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next.version;
  }

  /** Replaces the `nth` occurrence of `find` with `replacement`, as one incremental change. */
  replace(uri: string, find: string, replacement: string, nth = 0): Promise<number> {
    return this.change(uri, [{ range: rangeOf(this.text(uri), find, nth), text: replacement }]);
  }

  /** Applies a WorkspaceEdit the way an editor would: one incremental didChange per document. */
  async applyEdit(edit: WorkspaceEdit): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
    for (const dc of edit.documentChanges ?? []) {
      if ("textDocument" in dc) byUri.set(dc.textDocument.uri, [...(byUri.get(dc.textDocument.uri) ?? []), ...dc.edits.filter((e): e is TextEdit => "range" in e)]);
    }
    for (const [uri, edits] of byUri) {
      // Later edits first, so earlier ranges stay valid when the changes apply in order.
      const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
      versions.set(uri, await this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText }))));
    }
    return versions;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.sendNote(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  // --- notebooks (notebook document sync) ------------------------------------------------------

  private asCell(c: CellSpec): NotebookCell {
    return { kind: c.kind === "markup" ? NotebookCellKind.Markup : NotebookCellKind.Code, document: c.uri };
  }

  private openCellText(c: CellSpec): { uri: string; languageId: string; version: number; text: string } {
    const languageId = c.language ?? (c.kind === "markup" ? "markdown" : "python");
    const doc = TextDocument.create(c.uri, languageId, 1, c.text ?? "");
    this.docs.set(c.uri, doc);
    return { uri: c.uri, languageId, version: 1, text: doc.getText() };
  }

  /** `notebookDocument/didOpen` with the cells' texts. */
  async openNotebook(uri: string, cells: readonly CellSpec[], notebookType = "jupyter-notebook"): Promise<void> {
    const nb = { version: 1, cells: cells.map((c) => this.asCell(c)) };
    this.notebooks.set(uri, nb);
    const cellTextDocuments = cells.map((c) => this.openCellText(c));
    await this.sendNote(DidOpenNotebookDocumentNotification.type, { notebookDocument: { uri, notebookType, version: 1, cells: nb.cells }, cellTextDocuments });
  }

  /** The URIs of the notebook's cells, in order. */
  cells(uri: string): string[] {
    const nb = this.notebooks.get(uri);
    if (!nb) throw new Error(`notebook not open: ${uri}`);
    return nb.cells.map((c) => c.document);
  }

  private async notebookChange(uri: string, change: NotebookDocumentChangeEvent): Promise<void> {
    const nb = this.notebooks.get(uri);
    if (!nb) throw new Error(`notebook not open: ${uri}`);
    nb.version++;
    await this.sendNote(DidChangeNotebookDocumentNotification.type, { notebookDocument: { uri, version: nb.version }, change });
  }

  /** Edits one cell's text (a `textContent` change); returns the cell's new version. */
  async editCell(notebook: string, cell: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const d = this.docs.get(cell);
    if (!d) throw new Error(`cell not open: ${cell}`);
    const next = TextDocument.update(d, changes, d.version + 1);
    this.docs.set(cell, next);
    await this.notebookChange(notebook, { cells: { textContent: [{ document: { uri: cell, version: next.version }, changes }] } });
    return next.version;
  }

  /** Replaces the `nth` occurrence of `find` in a cell, as one incremental change. */
  replaceInCell(notebook: string, cell: string, find: string, replacement: string, nth = 0): Promise<number> {
    return this.editCell(notebook, cell, [{ range: rangeOf(this.text(cell), find, nth), text: replacement }]);
  }

  /**
   * Gives the notebook these cells (known URIs keep their texts; new ones are opened with theirs)
   * as VS Code's client sends it: one array change over the span that differs, cells that left
   * in `didClose`, new ones in `didOpen` — so a pure move opens and closes nothing.
   */
  async setCells(uri: string, cells: readonly CellSpec[]): Promise<void> {
    const nb = this.notebooks.get(uri);
    if (!nb) throw new Error(`notebook not open: ${uri}`);
    const before = nb.cells.map((c) => c.document);
    const after = cells.map((c) => c.uri);
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let tail = 0;
    while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    const inserted = cells.slice(start, cells.length - tail);
    const didOpen = cells.filter((c) => !before.includes(c.uri)).map((c) => this.openCellText(c));
    const didClose = before.filter((u) => !after.includes(u)).map((u) => ({ uri: u }));
    for (const c of didClose) this.docs.delete(c.uri);
    const kinds = new Map(nb.cells.map((c) => [c.document, c]));
    const insertedCells = inserted.map((c) => kinds.get(c.uri) ?? this.asCell(c));
    nb.cells = [...nb.cells.slice(0, start), ...insertedCells, ...nb.cells.slice(before.length - tail)];
    await this.notebookChange(uri, { cells: { structure: { array: { start, deleteCount: before.length - start - tail, cells: insertedCells }, didOpen, didClose } } });
  }

  /** A `data` change: the cells' kinds, metadata or execution summaries (what a run sends). */
  async cellData(uri: string, data: readonly NotebookCell[]): Promise<void> {
    await this.notebookChange(uri, { cells: { data: [...data] } });
  }

  /** A notebook-level metadata change. */
  async notebookMetadata(uri: string, metadata: Record<string, unknown>): Promise<void> {
    await this.notebookChange(uri, { metadata: metadata as NotebookDocumentChangeEvent["metadata"] });
  }

  async closeNotebook(uri: string): Promise<void> {
    const nb = this.notebooks.get(uri);
    if (!nb) throw new Error(`notebook not open: ${uri}`);
    this.notebooks.delete(uri);
    for (const c of nb.cells) this.docs.delete(c.document);
    await this.sendNote(DidCloseNotebookDocumentNotification.type, { notebookDocument: { uri }, cellTextDocuments: nb.cells.map((c) => ({ uri: c.document })) });
  }

  /** Changes the settings `workspace/configuration` answers with and tells the server. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.sendNote(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Tells the server that files changed on disk, as an editor's file watcher does. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.sendNote(DidChangeWatchedFilesNotification.type, { changes });
  }

  // --- diagnostics ----------------------------------------------------------------------------

  /** Every publishDiagnostics for `uri`, oldest first. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.received.filter((r) => r.method === PublishDiagnosticsNotification.method && (r.params as PublishDiagnosticsParams).uri === uri).map((r) => r.params as PublishDiagnosticsParams);
  }

  /** The newest publishDiagnostics for `uri`, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    const all = this.published(uri);
    return all[all.length - 1];
  }

  /** How many notifications have arrived (to wait for something newer than now). */
  get mark(): number {
    return this.received.length;
  }

  /**
   * Waits for a publishDiagnostics of `uri` that arrived after `since` (a `mark`) and, when
   * `version` is given, belongs to that document version.
   */
  diagnostics(uri: string, options: { version?: number; since?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const since = options.since ?? 0;
    return this.waitFor(
      () => {
        for (let i = this.received.length - 1; i >= since; i--) {
          const r = this.received[i] as Received;
          if (r.method !== PublishDiagnosticsNotification.method) continue;
          const p = r.params as PublishDiagnosticsParams;
          if (p.uri === uri && (options.version === undefined || p.version === options.version)) return p;
        }
        return undefined;
      },
      options.timeoutMs ?? DEADLINE_MS,
      `publishDiagnostics for ${uri}${options.version !== undefined ? ` version ${options.version}` : ""}`,
    );
  }

  // --- requests -------------------------------------------------------------------------------

  /** A request with a deadline. */
  /**
   * Sends a notification. Its promise settles when the message is written to the server's stdin;
   * a server that stopped reading (stuck in a loop) would leave it pending forever and hang the
   * test file, so the write has a deadline too.
   */
  private sendNote(type: { readonly method: string }, params?: object): Promise<void> {
    const sent = params === undefined ? this.conn.sendNotification(type.method) : this.conn.sendNotification(type.method, params);
    return withDeadline(sent, 30_000, `writing ${type.method} to the server`);
  }

  request<R>(method: string, params: unknown, timeoutMs = DEADLINE_MS): Promise<R> {
    return withDeadline(this.conn.sendRequest<R>(method, params), timeoutMs, method);
  }

  /** Orderly shutdown: `shutdown`, `exit`, then the process's exit code. */
  async shutdown(timeoutMs = DEADLINE_MS): Promise<number | string> {
    await withDeadline(this.conn.sendRequest(ShutdownRequest.type), timeoutMs, "shutdown");
    await this.sendNote(ExitNotification.type);
    return withDeadline(this.exited, timeoutMs, "server exit");
  }

  /** Ends the connection and kills the process if it is still running (test teardown). */
  dispose(): void {
    this.conn.dispose();
    if (this.exitCode === null) this.proc.kill("SIGKILL");
  }
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too). */
export function messageOf(d: { readonly message: string | { readonly value: string } }): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}
