/**
 * The language server: owns the open documents, the settings and the scheduling of analyses,
 * and answers LSP requests from the analysis core's plain data. A newer edit supersedes the
 * analysis of an older one (each document's check is queued once and runs on its latest text);
 * a file whose text did not change is never analyzed again; every handler is guarded so one bad
 * file or request cannot take the server down.
 */
import { fileURLToPath } from "node:url";
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  type CancellationToken,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type DidChangeNotebookDocumentParams,
  type DidOpenNotebookDocumentParams,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ExcludeList } from "../analysis/exclude";
import { pythonParser } from "../analysis/frontends/python/parser";
import { factAt, hoverAt, inlayHints, recurrentConstructors, runnableAt } from "../analysis/queries";
import { planRunCell, resultOf, tooLargeResult } from "../analysis/run-cell";
import { checkRunSize } from "../analysis/run-cell-estimate";
import type { RunCellJob } from "../analysis/run-cell-job";
import { validSampleDims } from "../analysis/sample-dims";
import type { Finding } from "../analysis/interpreter/findings";
import { isNotebookFile } from "../analysis/notebook/cells";
import type { LineMap } from "../analysis/text";
import { IMPORTABLE_EXTENSIONS, Workspace, type FileAnalysis } from "../analysis/workspace";
import { VERSION } from "../version";
import { fileUri, toCodeActions, toDiagnostic, toHover, toInlayHint, type Places } from "./convert";
import { fileView, type DocumentView } from "./document-view";
import { isShapeHover } from "./hover-policy";
import { NotebookPlaces } from "./notebook-places";
import { NotebookStore, type OpenNotebook } from "./notebook-store";
import { NOTEBOOK_CELL_LANGUAGE, NOTEBOOK_TYPES, RUN_CELL_COMMAND, RunCellRequest, StatusNotification, type IncompleteFile, type RunCellParams, type RunCellResponse, type StatusParams } from "./protocol";
import { PythonParserLoader, type PythonParserOutcome } from "./python-parser-loader";
import { refactorActions, resolveRefactor, wantsRefactors, type RefactorSource } from "./refactors";
import { warmUpPython, workspaceHasPython } from "./python-preload";
import { RunCellRunner } from "./run-cell-runner";
import { DEFAULT_SETTINGS, kernelChoice, parseSettings, type KernelChoice, type Settings } from "./settings";

const LANGUAGES = new Set(["typescript", "javascript", "typescriptreact", "javascriptreact", "python"]);
/** The analysis picks its frontend by the file's extension: Python documents are analyzed as .py files. */
const PYTHON_FILE = /\.py$/i;
/** Evaluation steps one analysis may take: bounds every request's time on pathological input. */
const MAX_STEPS = 400_000;

/** Equal keys: the same kernels (a thread count of undefined is the engine default). */
function keyOf(c: KernelChoice): string {
  return `${c.name}/${c.threads ?? "default"}`;
}

export class RnnLensServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** The open notebooks (notebook document sync): their cells, texts and order. */
  private readonly notebooks = new NotebookStore();
  /**
   * Per open notebook, what each cell was last sent (push mode): its diagnostics (as JSON, to
   * send only what changed) and the cell version they were sent for. A cell here that is no
   * longer in the notebook, or a closed notebook's cells, get an empty list.
   */
  private readonly cellsPublished = new Map<string, Map<string, { readonly key: string; readonly version: number }>>();
  private readonly workspace = new Workspace({ maxSteps: MAX_STEPS, maxFileSize: DEFAULT_SETTINGS.maxFileSize });
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly queued = new Map<string, NodeJS.Immediate>();
  /** uri -> the path the workspace knows it by (and back). */
  private readonly paths = new Map<string, string>();
  private readonly uris = new Map<string, string>();
  private readonly published = new Map<string, { errors: number; warnings: number }>();
  /** Open documents whose last check was partial -> why (shown in the status bar, logged once). */
  private readonly incomplete = new Map<string, string>();
  /** The directive problems last logged per document, so an edit elsewhere does not log them again. */
  private readonly loggedDirectiveProblems = new Map<string, string>();
  /** The problems of each tsconfig/jsconfig last warned about (joined), so each is shown once. */
  private readonly projectProblemsShown = new Map<string, string>();
  /** The workspace folders (paths): `rnnlens.exclude` globs are relative to them. */
  private roots: string[] = [];
  private exclude = new ExcludeList([], []);
  private pullMode = false;
  private configurationSupport = false;
  private inlayRefreshSupport = false;
  private diagnosticRefreshSupport = false;
  private watchedFilesRegistration = false;
  private refactorsSupported = false;
  /**
   * The kernel choice of the settings last applied (name and threads); its problem (an
   * RNNLENS_KERNELS the engine does not know) is shown when it changes. Run Cell's worker makes
   * the kernels (server/lsp/run-cell-runner.ts): the main thread never computes.
   */
  private kernelsKey: string | null = null;
  /** Kernel choices the worker could not run, already shown to the user. */
  private readonly kernelProblemsShown = new Set<string>();
  /** Run Cell's worker thread. */
  private readonly runner = new RunCellRunner();
  /** Loaded when the first Python document needs it; TypeScript-only sessions never load it. */
  private readonly python = new PythonParserLoader((o) => this.pythonParserSettled(o));

  constructor(private readonly connection: Connection) {}

  start(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => {
      void this.loadSettings();
      void this.watchFiles();
      void this.preloadPython();
    });
    c.onDidChangeWatchedFiles((p) => this.guard("didChangeWatchedFiles", undefined, () => this.filesChangedOnDisk(p.changes)));
    // Fix: a client without `workspace/configuration` sends its settings in the notification
    // itself; they used to be ignored after initialize.
    c.onDidChangeConfiguration((p) => {
      if (this.configurationSupport) void this.loadSettings();
      else {
        const all: unknown = p.settings;
        this.applySettings(parseSettings(typeof all === "object" && all !== null && "rnnlens" in all ? all.rnnlens : undefined));
      }
    });
    this.documents.onDidOpen((e) => this.opened(e.document.uri));
    this.documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    // Notebooks: cells arrive through notebook sync, never as text documents.
    const sync = c.notebooks.synchronization;
    sync.onDidOpenNotebookDocument((p) => this.guard("notebook open", undefined, () => this.notebookOpened(p)));
    sync.onDidChangeNotebookDocument((p) => this.guard("notebook change", undefined, () => this.notebookChanged(p)));
    sync.onDidCloseNotebookDocument((p) => this.guard("notebook close", undefined, () => this.notebookClosed(p.notebookDocument.uri)));
    c.onHover((p) => this.afterPythonParser(p.textDocument.uri, () => this.guard("hover", null, () => {
      const v = this.viewOf(p.textDocument.uri);
      if (!v) return null;
      const a = v.analysis;
      const offset = v.offsetAt(p.position);
      const h = hoverAt(a, offset);
      const at = h ? v.places.location(a.file, h.span) : null;
      // A hover on what another cell shows is not this cell's.
      if (!h || !at || at.uri !== v.uri) return null;
      if (!isPythonAnalysis(a.file)) return toHover(h, at.range);
      return isShapeHover(factAt(a, offset)) ? toHover(h, at.range, "python") : null;
    })));
    c.languages.inlayHint.on((p) => this.afterPythonParser(p.textDocument.uri, () => this.guard("inlayHint", [], () => {
      if (!this.settings.inlayHintsEnabled) return [];
      const v = this.viewOf(p.textDocument.uri);
      if (!v) return [];
      const start = v.offsetAt(p.range.start);
      const end = v.offsetAt(p.range.end);
      return inlayHints(v.analysis).flatMap((h) => {
        const position = h.offset >= start && h.offset <= end ? v.positionAt(h.offset) : null;
        return position ? [toInlayHint(h, position)] : [];
      });
    })));
    c.onCodeAction((p) => this.afterPythonParser(p.textDocument.uri, () => this.guard("codeAction", [], () => {
      const v = this.viewOf(p.textDocument.uri);
      // An excluded file shows no diagnostics, so no fixes for them either.
      if (!v || this.exclude.matches(v.analysis.file)) return [];
      const start = v.offsetAt(p.range.start);
      const end = v.offsetAt(p.range.end);
      // The findings this document shows (in a notebook: this cell's) whose range meets the request's.
      const mine = (f: Finding) => f.file === v.analysis.file && f.span.end >= start && f.span.start <= end && v.positionAt(f.span.start) !== null;
      const fixes = toCodeActions(v.analysis.findings, mine, v.places);
      const src = this.refactorsSupported && wantsRefactors(p) ? this.refactorSource(p.textDocument.uri) : null;
      return src ? [...fixes, ...this.guard("refactors", [], () => refactorActions(src, { start, end }))] : fixes;
    })));
    c.onCodeActionResolve((a) => this.guard("codeAction/resolve", a, () => resolveRefactor(a, (uri) => this.refactorSource(uri))));
    c.onCodeLens((p) => this.afterPythonParser(p.textDocument.uri, () => this.guard("codeLens", [], () => {
      const v = this.viewOf(p.textDocument.uri);
      if (!v) return [];
      return recurrentConstructors(v.analysis).flatMap((m): CodeLens[] => {
        const at = v.places.location(v.analysis.file, m.at.span);
        if (!at || at.uri !== v.uri) return [];
        return [{ range: at.range, command: { title: "$(play) Run on sample input", command: RUN_CELL_COMMAND, arguments: [p.textDocument.uri, at.range.start] } }];
      });
    })));
    c.onRequest(RunCellRequest, (p, token) => this.runCell(p, token));
    c.languages.diagnostics.on((p) => this.afterPythonParser(p.textDocument.uri, () => this.guard("diagnostic", { kind: DocumentDiagnosticReportKind.Full, items: [] }, () => {
      const v = this.viewOf(p.textDocument.uri);
      const items = v && this.settings.enable ? (this.diagnostics(v.analysis, v.places).get(v.uri) ?? []) : [];
      return { kind: DocumentDiagnosticReportKind.Full, items };
    })));
    this.documents.listen(c);
    c.listen();
  }

  private initialize(p: InitializeParams): InitializeResult {
    const caps = p.capabilities;
    this.pullMode = caps.textDocument?.diagnostic !== undefined;
    this.configurationSupport = caps.workspace?.configuration === true;
    this.inlayRefreshSupport = caps.workspace?.inlayHint?.refreshSupport === true;
    this.diagnosticRefreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    this.watchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Refactors are listed without their edit: only for clients that resolve it.
    this.refactorsSupported = caps.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
    this.roots = workspaceRoots(p);
    if (!this.configurationSupport) this.applySettings(parseSettings(p.initializationOptions));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix", "refactor.rewrite"], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        ...(this.pullMode ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        // The server, not the client, turns notebook sync on: only Python cells are sent.
        notebookDocumentSync: { notebookSelector: NOTEBOOK_TYPES.map((notebookType) => ({ notebook: { notebookType }, cells: [{ language: NOTEBOOK_CELL_LANGUAGE }] })) },
      },
      serverInfo: { name: "rnnlens", version: VERSION },
    };
  }

  private async loadSettings(): Promise<void> {
    if (!this.configurationSupport) return;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration("rnnlens");
      this.applySettings(parseSettings(raw));
    } catch (e) {
      this.connection.console.error(`rnnlens: could not read settings: ${String(e)}`);
    }
  }

  /**
   * Asks the client to watch the files an analysis can import, and the configs and package.json
   * files that decide where imports lead, so that a file changed on disk (a `git checkout`, a
   * code generator, a tsconfig edit) reaches the open files without a restart.
   */
  private async watchFiles(): Promise<void> {
    if (!this.watchedFilesRegistration) return;
    const sources = `**/*.{${IMPORTABLE_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;
    // A deleted folder is one event for the folder, whatever its files (microsoft/vscode#109754):
    // deletions of anything, filtered by the workspace (Workspace.diskChanged).
    const watchers = [...[sources, "**/{tsconfig,jsconfig}*.json", "**/package.json"].map((globPattern) => ({ globPattern })), { globPattern: "**/*", kind: WatchKind.Delete }];
    try {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (e) {
      this.connection.console.warn(`rnnlens: could not watch files on disk: ${String(e)}`);
    }
  }

  /** Files changed on disk: the open files that import them, directly or not, are checked again. */
  private filesChangedOnDisk(changes: readonly FileEvent[]): void {
    // An open document's text is the editor's, whatever the disk says.
    const paths = changes.filter((c) => c.uri.startsWith("file:") && !this.documents.get(c.uri)).map((c) => fileURLToPath(c.uri));
    const affected = new Set(this.workspace.diskChanged(paths).map((p) => this.uriOf(p)));
    for (const uri of affected) if (this.isOpen(uri)) this.schedule(uri);
    if (affected.size > 0) this.log(`files changed on disk: checking ${affected.size} open file(s) again`);
  }

  private applySettings(s: Settings): void {
    this.settings = s;
    this.exclude = new ExcludeList(s.exclude, this.roots);
    this.workspace.configure({ engineModules: s.engineModules, maxFileSize: s.maxFileSize });
    this.guard("kernels", undefined, () => this.applyKernels(s));
    for (const d of this.documents.all()) this.schedule(d.uri);
    for (const nb of this.notebooks.all()) this.schedule(nb.uri);
    if (this.inlayRefreshSupport) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    if (this.pullMode && this.diagnosticRefreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    this.log(`settings: ${JSON.stringify(s)}`);
  }

  /** Shows the problem of the settings' kernel choice (an unknown RNNLENS_KERNELS) when the choice changed. */
  private applyKernels(s: Settings): void {
    const choice = kernelChoice(s);
    const key = keyOf(choice);
    if (key === this.kernelsKey) return;
    this.kernelsKey = key;
    if (choice.problem) this.warn(choice.problem);
    this.log(`engine kernels: ${key}`);
  }

  /**
   * The kernels Run Cell's worker runs on. At the default settings without RNNLENS_KERNELS,
   * none are handed over: the engine picks the same ones itself on the first forward pass.
   * Kernels the runtime cannot run (`wasm` without SIMD, relaxed SIMD on Node 20 without its
   * flag) are a warning, and the run goes on with the TypeScript kernels.
   */
  private jobKernels(): RunCellJob["kernels"] {
    const choice = kernelChoice(this.settings);
    if (process.env["RNNLENS_KERNELS"] === undefined && keyOf(choice) === keyOf(kernelChoice(DEFAULT_SETTINGS))) return null;
    return { name: choice.name, threads: choice.threads };
  }

  /** A problem with the user's settings or environment: shown once, and kept in the output. */
  private warn(message: string): void {
    this.connection.console.warn(`rnnlens: ${message}`);
    // The notification, not showWarningMessage's request: nothing to answer, nothing left pending.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: message.startsWith("RNN Lens") ? message : `RNN Lens: ${message}` });
  }

  private log(message: string): void {
    if (this.settings.trace !== "off") this.connection.console.log(`rnnlens: ${message}`);
  }

  /** Runs a handler; an internal error is logged and answered with the fallback. */
  private guard<T>(what: string, fallback: T, f: () => T): T {
    try {
      return f();
    } catch (e) {
      this.connection.console.error(`rnnlens: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }

  /**
   * The path the workspace knows a document by. A document without a file (untitled) gets a
   * made-up path whose extension tells the analysis its language: `.py` for Python, else `.ts`.
   */
  private pathOf(uri: string): string {
    const known = this.paths.get(uri);
    if (known) return known;
    const python = this.documents.get(uri)?.languageId === "python";
    const virtual = `/__rnnlens__/${encodeURIComponent(uri)}`;
    const suffix = python ? (PYTHON_FILE.test(uri) ? "" : ".py") : /\.[cm]?[jt]sx?$/.test(uri) ? "" : ".ts";
    let path: string;
    try {
      path = uri.startsWith("file:") ? fileURLToPath(uri) : `${virtual}${suffix}`;
    } catch {
      path = `${virtual}${python ? ".py" : ".ts"}`;
    }
    this.paths.set(uri, path);
    this.uris.set(path, uri);
    return path;
  }

  /** Forgets a document's path: reopened in another language, an untitled document gets another. */
  private forgetPath(uri: string): void {
    const path = this.paths.get(uri);
    if (path === undefined) return;
    this.paths.delete(uri);
    if (this.uris.get(path) === uri) this.uris.delete(path);
  }

  /**
   * Whether the document is analyzed: one of the languages, and a Python document exactly when
   * its path is a .py file (the analysis picks the frontend by extension: a Python document
   * saved as `train` or a TypeScript one named `x.py` would be read in the wrong language).
   */
  private analyzable(doc: TextDocument): boolean {
    return LANGUAGES.has(doc.languageId) && (doc.languageId === "python") === isPythonFile(this.pathOf(doc.uri));
  }

  /** An open Python document that is analyzed (a notebook or one of its cells too), which needs the Python parser. */
  private needsPythonParser(uri: string): boolean {
    if (this.notebooks.get(uri) || this.notebooks.notebookOfCell(uri)) return true;
    const doc = this.documents.get(uri);
    return doc !== undefined && doc.languageId === "python" && this.analyzable(doc);
  }

  /**
   * Runs a request's handler, after the Python parser has loaded when the request is about a
   * Python document (started if need be): an answer is never computed without it.
   */
  private afterPythonParser<T>(uri: string, handler: () => T): T | Promise<T> {
    if (this.python.settled || !this.needsPythonParser(uri)) return handler();
    return this.python.load().then(handler);
  }

  /**
   * In a workspace with Python files near the top of its folders, the parser is loaded before a
   * Python document is opened, and warmed up (a small file analyzed) while none waits for it.
   */
  private async preloadPython(): Promise<void> {
    if (this.python.started || !(await workspaceHasPython(this.roots))) return;
    // A Python document opened during the look started the loading itself.
    if (this.python.started) return;
    this.connection.console.info("rnnlens: the workspace has Python files: loading the Python parser");
    await this.python.load();
    const waiting = this.notebooks.all().length > 0 || this.documents.all().some((d) => this.needsPythonParser(d.uri));
    if (pythonParser() && !waiting) warmUpPython();
  }

  /** The parser has loaded (or failed to): every open Python document is analyzed on its latest text. */
  private pythonParserSettled(o: PythonParserOutcome): void {
    if (o.ok) this.connection.console.info(`rnnlens: Python parser loaded in ${Math.round(o.ms)} ms`);
    else {
      this.connection.console.error(`rnnlens: the Python parser could not be loaded: ${o.message}`);
      this.warn(`the Python parser could not be loaded (${o.message}); Python files are not checked. See the RNN Lens output.`);
    }
    for (const d of this.documents.all()) if (this.needsPythonParser(d.uri)) this.schedule(d.uri);
    for (const nb of this.notebooks.all()) this.schedule(nb.uri);
  }

  private uriOf(path: string): string {
    return this.uris.get(path) ?? fileUri(path);
  }

  private linesOf(path: string): LineMap | null {
    try {
      return this.workspace.analyze(path).lines;
    } catch {
      return null;
    }
  }

  /** The analysis of an open document, on its current text. */
  private analysisOf(uri: string): FileAnalysis | null {
    const doc = this.documents.get(uri);
    if (!doc || !this.analyzable(doc)) return null;
    const path = this.pathOf(uri);
    this.workspace.setText(path, doc.getText(), doc.version);
    try {
      return this.workspace.analyze(path);
    } catch (e) {
      // The parser itself can fail on pathological input (e.g. stack depth): no results, server alive.
      this.connection.console.error(`rnnlens: analysis of ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  /** An open TypeScript or JavaScript document as the refactors see it (server/lsp/refactors.ts). */
  private refactorSource(uri: string): RefactorSource | null {
    const doc = this.documents.get(uri);
    if (!doc || doc.languageId === "python") return null;
    const analysis = this.analysisOf(uri);
    const sourceFile = analysis ? this.workspace.syntaxTree(analysis.file, analysis.text) : null;
    return analysis && sourceFile ? { uri, version: doc.version, analysis, sourceFile } : null;
  }

  /** An open text document or notebook (by its own URI, not a cell's). */
  private isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined || this.notebooks.get(uri) !== undefined;
  }

  /**
   * The document a request is about, onto its analysis: an open file, or a cell of an open
   * notebook (then the whole notebook is analyzed and the view shows the cell's part).
   */
  private viewOf(uri: string): DocumentView | null {
    const nb = this.notebooks.notebookOfCell(uri);
    if (nb) {
      const n = this.notebookAnalysis(nb);
      return n ? n.places.cellView(uri, n.analysis) : null;
    }
    const a = this.analysisOf(uri);
    return a ? fileView(uri, a, (f) => this.linesOf(f), (f) => this.uriOf(f)) : null;
  }

  /**
   * The path a notebook is analyzed as: its own `.ipynb` file, or for an untitled notebook (or
   * one not saved as `.ipynb`, the Interactive Window) a made-up `.ipynb` path the analysis
   * reads as a notebook.
   */
  private notebookPath(uri: string): string {
    const known = this.paths.get(uri);
    if (known) return known;
    let path = `/__rnnlens__/${encodeURIComponent(uri)}.ipynb`;
    try {
      if (uri.startsWith("file:") && isNotebookFile(uri)) path = fileURLToPath(uri);
    } catch {
      // not a local path: the made-up one
    }
    this.paths.set(uri, path);
    this.uris.set(path, uri);
    return path;
  }

  /** A notebook's analysis on its cells as they are now, and where its spans are shown. */
  private notebookAnalysis(nb: OpenNotebook): { analysis: FileAnalysis; places: NotebookPlaces } | null {
    const path = this.notebookPath(nb.uri);
    const cells = this.notebooks.analysisCells(nb);
    this.workspace.setNotebook(path, cells, nb.version);
    let analysis: FileAnalysis;
    try {
      analysis = this.workspace.analyze(path);
    } catch (e) {
      this.connection.console.error(`rnnlens: analysis of ${nb.uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    const placed = nb.cells.map((c) => ({ uri: c.uri, document: this.notebooks.cellDocument(c.uri) }));
    const others = fileView(nb.uri, analysis, (f) => this.linesOf(f), (f) => this.uriOf(f)).places;
    return { analysis, places: new NotebookPlaces(path, placed, cells, others) };
  }

  /** An analysis's diagnostics, by the URI of the document that shows each (a file's, or a notebook's cells'). */
  private diagnostics(a: FileAnalysis, places: Places): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    if (this.exclude.matches(a.file)) return out;
    for (const f of a.findings) {
      const d = toDiagnostic(f, places);
      if (d) (out.get(d.uri) ?? out.set(d.uri, []).get(d.uri) as Diagnostic[]).push(d.diagnostic);
    }
    return out;
  }

  /**
   * Queues a check of the document; edits that arrive first collapse into one check of the newest text.
   *
   * Fix: the check is deferred by two turns of the event loop, not one. vscode-jsonrpc handles one
   * queued message per turn (each in its own setImmediate, queued after ours), so a check queued
   * with a single setImmediate ran before the next, already received didChange was even read: a
   * burst of N edits ran N full analyses and published N times, the newest diagnostics arriving
   * N analyses late. Deferred twice, the check runs once all messages that had arrived were
   * handled; when the server is idle this costs one extra turn (microseconds).
   */
  private schedule(uri: string): void {
    const prev = this.queued.get(uri);
    if (prev) clearImmediate(prev);
    this.queued.set(uri, setImmediate(() => {
      this.queued.set(uri, setImmediate(() => {
        this.queued.delete(uri);
        this.guard("check", undefined, () => this.check(uri));
      }));
    }));
  }

  private check(uri: string): void {
    const nb = this.notebooks.get(uri);
    if (nb) return this.checkNotebook(nb);
    const doc = this.documents.get(uri);
    if (!doc) return;
    if (!this.python.settled && this.needsPythonParser(uri)) {
      // Nothing is published yet: when the parser has loaded, the document is checked on its
      // newest text (edits that arrive meanwhile included).
      void this.python.load();
      return;
    }
    const a = this.analysisOf(uri);
    if (a && !isPythonAnalysis(a.file)) this.guard("project", undefined, () => this.noteProject(a.file));
    const diagnostics = a && this.settings.enable ? (this.diagnostics(a, fileView(uri, a, (f) => this.linesOf(f), (f) => this.uriOf(f)).places).get(uri) ?? []) : [];
    if (a) this.noteCompleteness(uri, a);
    this.published.set(uri, {
      errors: diagnostics.filter((d) => d.severity === 1).length,
      warnings: diagnostics.filter((d) => d.severity === 2).length,
    });
    if (!this.pullMode) void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    else if (this.diagnosticRefreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    // Open files that import this one see its new exports.
    for (const dep of this.workspace.dependents(this.pathOf(uri))) {
      const depUri = this.uriOf(dep);
      if (depUri !== uri && this.isOpen(depUri)) this.schedule(depUri);
    }
    this.sendStatus();
  }

  /**
   * Checks a notebook: one analysis of its cells in document order, its diagnostics sent to the
   * cells that show them with cell-relative ranges. A cell is sent a list when its diagnostics or
   * its version changed (every cell on the first check), and an empty one when it left the
   * notebook; in pull mode the client is asked to pull again instead.
   */
  private checkNotebook(nb: OpenNotebook): void {
    if (!this.python.settled) {
      void this.python.load();
      return;
    }
    const n = this.notebookAnalysis(nb);
    const byCell = n && this.settings.enable ? this.diagnostics(n.analysis, n.places) : new Map<string, Diagnostic[]>();
    if (n) this.noteCompleteness(nb.uri, n.analysis);
    let errors = 0;
    let warnings = 0;
    for (const list of byCell.values()) {
      errors += list.filter((d) => d.severity === 1).length;
      warnings += list.filter((d) => d.severity === 2).length;
    }
    this.published.set(nb.uri, { errors, warnings });
    if (!this.pullMode) this.publishCells(nb, byCell);
    else if (this.diagnosticRefreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    this.sendStatus();
  }

  private publishCells(nb: OpenNotebook, byCell: ReadonlyMap<string, Diagnostic[]>): void {
    const sent = this.cellsPublished.get(nb.uri) ?? new Map<string, { key: string; version: number }>();
    this.cellsPublished.set(nb.uri, sent);
    const current = new Set<string>();
    for (const cell of nb.cells) {
      current.add(cell.uri);
      const diagnostics = byCell.get(cell.uri) ?? [];
      const key = JSON.stringify(diagnostics);
      const version = this.notebooks.cellDocument(cell.uri)?.version ?? 0;
      const before = sent.get(cell.uri);
      if (before && before.key === key && before.version === version) continue;
      sent.set(cell.uri, { key, version });
      void this.connection.sendDiagnostics({ uri: cell.uri, version, diagnostics });
    }
    for (const uri of [...sent.keys()]) {
      if (current.has(uri)) continue;
      sent.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private notebookOpened(p: DidOpenNotebookDocumentParams): void {
    const nb = this.notebooks.open(p);
    void this.python.load();
    this.schedule(nb.uri);
  }

  private notebookChanged(p: DidChangeNotebookDocumentParams): void {
    const change = this.notebooks.change(p);
    // Only what the analysis reads re-analyzes: not metadata, not execution summaries.
    if (change?.reanalyze) this.schedule(change.notebook.uri);
  }

  /** Closing a notebook clears every cell it sent diagnostics to and forgets its analysis. */
  private notebookClosed(uri: string): void {
    const nb = this.notebooks.close(uri);
    const q = this.queued.get(uri);
    if (q) clearImmediate(q);
    this.queued.delete(uri);
    const sent = this.cellsPublished.get(uri);
    this.cellsPublished.delete(uri);
    const path = this.paths.get(uri);
    if (path !== undefined) this.workspace.close(path);
    this.forgetPath(uri);
    this.published.delete(uri);
    this.incomplete.delete(uri);
    this.loggedDirectiveProblems.delete(uri);
    if (!this.pullMode) {
      const cells = new Set([...(sent?.keys() ?? []), ...(nb?.cells.map((c) => c.uri) ?? [])]);
      for (const cell of cells) void this.connection.sendDiagnostics({ uri: cell, diagnostics: [] });
    }
    this.sendStatus();
  }

  /**
   * A newly opened document may be what another open document imports (an unsaved file its
   * import could not find before): the workspace names those importers once it knows the text.
   */
  private opened(uri: string): void {
    const doc = this.documents.get(uri);
    this.forgetPath(uri);
    const path = this.pathOf(uri);
    if (doc && this.analyzable(doc)) this.workspace.setText(path, doc.getText(), doc.version);
    // Started at once, while the rest of the open is handled.
    if (this.needsPythonParser(uri)) void this.python.load();
    for (const dep of this.workspace.dependents(path)) {
      const depUri = this.uriOf(dep);
      if (depUri !== uri && this.isOpen(depUri)) this.schedule(depUri);
    }
    this.schedule(uri);
  }

  private closed(uri: string): void {
    const q = this.queued.get(uri);
    if (q) clearImmediate(q);
    this.queued.delete(uri);
    // Fix: open files that import this one now see the file on disk (or nothing): check them
    // again, or their diagnostics stay those of the closed editor's text.
    const importers = this.workspace.dependents(this.pathOf(uri)).map((p) => this.uriOf(p)).filter((u) => u !== uri && this.isOpen(u));
    this.workspace.close(this.pathOf(uri));
    for (const u of importers) this.schedule(u);
    this.published.delete(uri);
    this.incomplete.delete(uri);
    this.loggedDirectiveProblems.delete(uri);
    if (!this.pullMode) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.sendStatus();
  }

  /**
   * Records whether the document's analysis is complete, and says so in the output when that
   * changes: a partial analysis (work budget, a file too large or too deep, an internal error)
   * must never pass for a clean file. Malformed suppression comments are logged the same way.
   */
  private noteCompleteness(uri: string, a: FileAnalysis): void {
    const reason = !this.settings.enable || this.exclude.matches(a.file) ? null : (a.skipped ?? (a.truncated ? `the analysis stopped at its work budget (${MAX_STEPS} steps); problems past that point are not reported` : null));
    const before = this.incomplete.get(uri) ?? null;
    if (reason === null) {
      this.incomplete.delete(uri);
      if (before !== null) this.connection.console.info(`rnnlens: ${uri} is fully analyzed again`);
    } else {
      this.incomplete.set(uri, reason);
      if (reason !== before) this.connection.console.warn(`rnnlens: ${uri} was not fully analyzed: ${reason}`);
    }
    const problems = a.directiveProblems.map((p) => `${uri}:${p.line + 1}: ${p.message}`);
    const key = problems.join("\n");
    if (key !== (this.loggedDirectiveProblems.get(uri) ?? "")) for (const line of problems) this.connection.console.warn(`rnnlens: ${line}`);
    this.loggedDirectiveProblems.set(uri, key);
  }

  /**
   * Warns once about a broken tsconfig.json or jsconfig.json (not JSON, unknown options, a missing
   * `extends`): its files are still checked, with what TypeScript could read of it. Shown again
   * when its problems change (after a fix, a new breakage warns anew).
   */
  private noteProject(file: string): void {
    const project = this.workspace.projectOf(file);
    if (project.configFile === null) return;
    const key = project.problems.join("\n");
    if ((this.projectProblemsShown.get(project.configFile) ?? "") === key) return;
    this.projectProblemsShown.set(project.configFile, key);
    if (key === "") this.connection.console.info(`rnnlens: ${project.configFile} reads without problems again`);
    else this.warn(`${project.configFile} has problems; its files' imports resolve with what TypeScript could read of it: ${project.problems.join("; ")}`);
  }

  private sendStatus(): void {
    let errors = 0;
    let warnings = 0;
    for (const c of this.published.values()) {
      errors += c.errors;
      warnings += c.warnings;
    }
    const incomplete = this.settings.enable ? [...this.incomplete].map(([uri, reason]): IncompleteFile => ({ uri, reason })) : [];
    const status: StatusParams = { state: this.settings.enable ? "ready" : "disabled", errors, warnings, incomplete };
    void this.connection.sendNotification(StatusNotification, status);
  }

  /**
   * Analyzes and plans on the main thread (quick), then runs the engine on the worker, so
   * diagnostics and hovers are answered meanwhile. A run above the size limit is refused before
   * anything is allocated. `$/cancelRequest` ends the run; the client's work-done token gets
   * progress reports.
   */
  private async runCell(p: RunCellParams, token: CancellationToken): Promise<RunCellResponse | ResponseError<void>> {
    const internal: RunCellResponse = { found: false, message: "internal error (see the RNN Lens output)" };
    if (this.needsPythonParser(p.textDocument.uri)) await this.python.load();
    const planned = this.guard("runCell", null, () => {
      const v = this.viewOf(p.textDocument.uri);
      if (!v) return { found: false, message: "The document is not open or not a Python, TypeScript or JavaScript file" } as const;
      const r = runnableAt(v.analysis, v.offsetAt(p.position));
      if (!r) return { found: false, message: "No recurrent layer, Linear, Embedding or forward call at this position" } as const;
      return planRunCell(r, { ...this.settings.sampleDims, ...validSampleDims(p.dims) }, p.seed ?? 0, this.jobKernels());
    });
    if (planned === null) return internal;
    if ("found" in planned) return planned;
    if (planned.kind === "result") return { found: true, ...planned.result };
    const tooLarge = checkRunSize(planned.job, this.settings.runCellMaxMemoryMB);
    if (tooLarge) return { found: true, ...tooLargeResult(planned.base, tooLarge) };
    const progress = this.connection.window.attachWorkDoneProgress(p.workDoneToken);
    progress.begin("RNN Lens: Run Cell", 0, `${planned.base.module.config}`, true);
    try {
      const outcome = await this.runner.run(planned.job, token, (message, percentage) => progress.report(percentage, message));
      if (outcome.kind === "cancelled") return new ResponseError(LSPErrorCodes.RequestCancelled, "Run Cell was cancelled");
      if (outcome.kind === "failed") {
        this.connection.console.error(`rnnlens: runCell failed: ${outcome.message}`);
        return internal;
      }
      const problem = outcome.execution.kernelProblem;
      if (problem && !this.kernelProblemsShown.has(problem)) {
        this.kernelProblemsShown.add(problem);
        this.warn(problem);
      }
      return { found: true, ...resultOf(planned.base, outcome.execution) };
    } catch (e) {
      // The worker could not start (e.g. dist/run-cell-worker.js missing): logged, server alive.
      this.connection.console.error(`rnnlens: runCell failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return internal;
    } finally {
      progress.done();
    }
  }
}

/** The workspace folders' paths (file URIs only), or the root of an editor without folders. */
function workspaceRoots(p: InitializeParams): string[] {
  const uris = p.workspaceFolders?.map((f) => f.uri) ?? (p.rootUri ? [p.rootUri] : []);
  const roots: string[] = [];
  for (const u of uris) {
    try {
      if (u.startsWith("file:")) roots.push(fileURLToPath(u));
    } catch {
      // not a local folder: no relative globs for it
    }
  }
  if (roots.length === 0 && typeof p.rootPath === "string" && p.rootPath !== "") roots.push(p.rootPath);
  return roots;
}

function isPythonFile(path: string): boolean {
  return PYTHON_FILE.test(path);
}

/** A Python file or a notebook: hovers and code blocks speak Python. */
function isPythonAnalysis(path: string): boolean {
  return isPythonFile(path) || isNotebookFile(path);
}
