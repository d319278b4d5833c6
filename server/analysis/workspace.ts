/**
 * The analysis core's entry point: a set of files (open documents over the disk), each parsed
 * incrementally and analyzed on demand. A file's result is reused until its text or the exports
 * of a file it imports change, so an edit re-analyzes only the edited file (and its importers
 * when its exports change). Plain data out; no LSP, no VS Code.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, resolve, sep } from "node:path";
import ts from "typescript";
import { diffTexts, lowerIncrementally, moveSpans, type LoweredStatement } from "./incremental";
import { ENGINE_MODULE, type FileIR } from "./ir";
import { AnalysisContext, type Fact } from "./interpreter/context";
import type { Finding } from "./interpreter/findings";
import { Interpreter } from "./interpreter/interpreter";
import { InterpreterMemo } from "./interpreter/memo";
import { applyDirectives, commentPrefixFor, scanDirectives, type DirectiveProblem } from "./suppression";
import { UNKNOWN_VALUE, type Value } from "./interpreter/values";
import { LineMap } from "./text";
import { isPythonFile, lowerPython, parsePython, pythonParser, type PythonTree } from "./frontends/python";
import { deleteNotebookCells, lowerNotebook, parseNotebookCells, type CellSyntax } from "./frontends/python/notebook";
import { isNotebookFile, joinCells, type NotebookCell, type NotebookLayout } from "./notebook/cells";
import { readIpynb } from "./notebook/ipynb";
import { notebookDirectives } from "./notebook/directives";
import { isResolutionConfig, Projects, resolutionKey, type Project, type Resolution } from "./projects";

export interface WorkspaceOptions {
  /** Import specifiers whose `torch`/`nn` exports are the engine, besides "rnnlens". */
  engineModules?: readonly string[];
  /** Evaluation steps one file may take before its analysis stops (partial results). */
  maxSteps?: number;
  /** Files larger than this (characters) are not analyzed. */
  maxFileSize?: number;
  /**
   * Keep what makes the next analysis of an edited file incremental (syntax tree, IR, memo).
   * An editor wants it; a one-pass checker of many files (the CLI) does not, and keeping it
   * for every file makes garbage collection the largest cost.
   */
  keepEditState?: boolean;
  /**
   * A tsconfig.json or jsconfig.json whose files resolve their imports with it, whatever folder
   * they are in (`rnnlens check --project`); other files use their nearest config. Read once, at
   * construction.
   */
  project?: string | null;
}

export interface FileAnalysis {
  readonly file: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineMap;
  readonly findings: readonly Finding[];
  readonly facts: readonly Fact[];
  readonly exports: ReadonlyMap<string, Value>;
  /** The budget ran out or the file was skipped: results are partial. */
  readonly truncated: boolean;
  /** Why the file was not analyzed, if it was not. */
  readonly skipped: string | null;
  /** Suppression comments that were malformed or named unknown codes (ignored; for the log). */
  readonly directiveProblems: readonly DirectiveProblem[];
  /** For a notebook: where its cells are in `text` (the code cells joined); null for a file. */
  readonly notebook: NotebookLayout | null;
}

export const ANALYZED_EXTENSIONS: readonly string[] = [".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs", ".py", ".ipynb"];

/** What a TypeScript or JavaScript file can import. */
const SCRIPT_EXTENSIONS: readonly string[] = ANALYZED_EXTENSIONS.filter((e) => e !== ".py" && e !== ".ipynb");

/** Files another file can import (a notebook imports, but nothing imports a notebook). */
export const IMPORTABLE_EXTENSIONS: readonly string[] = ANALYZED_EXTENSIONS.filter((e) => e !== ".ipynb");

/** Why a Python file has no analysis yet: the caller must await loadPythonParser() first. */
export const PYTHON_PARSER_NOT_LOADED = "the Python parser is not loaded";

interface FileState {
  text: string;
  version: number;
  /** true while an editor owns the text (didOpen); false for files read from disk. */
  open: boolean;
  sourceFile: ts.SourceFile | null;
  /** A Python file's syntax tree (WebAssembly memory: deleted when replaced or dropped). */
  pyTree: { tree: PythonTree; text: string } | null;
  /** The builtins the Python file shadowed when it was lowered (see lowerPython). */
  shadowed: string;
  /** A notebook's cells as joined into `text`, or why the notebook file could not be read. */
  notebook: NotebookLayout | { readonly error: string } | null;
  /** A notebook's analyzed cells' syntax trees (WebAssembly memory, like pyTree). */
  cellTrees: CellSyntax[] | null;
  /** The notebook's joined text that `lowered` was lowered from. */
  loweredText: string | null;
  ir: FileIR | null;
  analysis: FileAnalysis | null;
  /** Files this analysis read exports from, with the export versions seen. */
  deps: Map<string, number>;
  /** Where each import led (resolutionKey): when one leads elsewhere (a file appears, a config changes), the analysis is stale. */
  resolutions: Map<string, string>;
  /** Bumped whenever the analysis result's exports may have changed. */
  exportsVersion: number;
  /** The last lowering, statement by statement, and what the interpreter did with it. */
  lowered: LoweredStatement[] | null;
  memo: InterpreterMemo;
}

function scriptKind(file: string): ts.ScriptKind {
  switch (extname(file)) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

export class Workspace {
  private readonly files = new Map<string, FileState>();
  private readonly analyzing = new Set<string>();
  /** TypeScript projects and module resolution (projects.ts), over the disk and the open documents. */
  private readonly projects: Projects;
  readonly options: Required<WorkspaceOptions>;

  constructor(options: WorkspaceOptions = {}) {
    this.options = {
      engineModules: options.engineModules ?? [],
      maxSteps: options.maxSteps ?? 2_000_000,
      maxFileSize: options.maxFileSize ?? 2_000_000,
      keepEditState: options.keepEditState ?? true,
      project: options.project ?? null,
    };
    this.projects = new Projects(
      {
        fileExists: (p) => this.files.has(p) || ts.sys.fileExists(p),
        directoryExists: (d) => ts.sys.directoryExists(d) || this.openFiles().some((f) => f.startsWith(`${d}/`)),
        readFile: (p) => ts.sys.readFile(p),
      },
      this.options.project === null ? null : resolve(this.options.project),
    );
  }

  /** The TypeScript project a file's imports resolve in (its config, options and the config's problems). */
  projectOf(file: string): Project {
    return this.projects.projectOf(file);
  }

  /** Changes settings; every result is recomputed on next use. */
  configure(options: WorkspaceOptions): void {
    Object.assign(this.options, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
    for (const st of this.files.values()) st.analysis = null;
  }

  /**
   * Sets a file's text as an editor has it (open documents win over the disk). A notebook's text
   * is its .ipynb JSON (a client that sends the file as text): its cells are read from it.
   */
  setText(file: string, text: string, version?: number): void {
    const key = resolve(file);
    if (!isNotebookFile(key)) {
      this.putText(key, text, version);
      return;
    }
    const read = readIpynb(text);
    if ("cells" in read) {
      this.setNotebook(key, read.cells, version);
      return;
    }
    // Not a notebook (yet): nothing to analyze but the reason, until the editor's text is one.
    this.putText(key, "", version);
    const st = this.files.get(key) as FileState;
    st.notebook = read;
    st.ir = null;
    st.analysis = null;
  }

  /** The text analyzed for `key` (for a notebook, its joined cells), as an editor has it. */
  private putText(key: string, text: string, version?: number): void {
    const st = this.files.get(key);
    if (st && st.text === text) {
      st.open = true;
      if (version !== undefined && version !== st.version) {
        st.version = version;
        // Same text, same results: only the version they are for changes.
        if (st.analysis) st.analysis = { ...st.analysis, version };
      }
      return;
    }
    if (st) {
      st.text = text;
      st.version = version ?? st.version + 1;
      st.open = true;
      st.ir = null;
      st.analysis = null;
      return;
    }
    // A document the disk does not have can be what an import was looking for.
    if (!ts.sys.fileExists(key)) this.projects.openFilesChanged();
    this.files.set(key, { text, version: version ?? 1, open: true, sourceFile: null, pyTree: null, shadowed: "", notebook: null, cellTrees: null, loweredText: null, ir: null, analysis: null, deps: new Map(), resolutions: new Map(), exportsVersion: 0, lowered: null, memo: new InterpreterMemo() });
  }

  /**
   * Sets a notebook's cells as an editor has them (open documents win over the disk). The cells
   * are joined into one text; an edit of one cell changes only its part of it.
   */
  setNotebook(file: string, cells: readonly NotebookCell[], version?: number): void {
    const layout = joinCells(cells);
    const key = resolve(file);
    const before = this.files.get(key)?.notebook ?? null;
    this.putText(key, layout.text, version);
    const st = this.files.get(key) as FileState;
    st.notebook = layout;
    // A new text was dropped by putText. The same text after an unreadable file, or cut into
    // other analyzed cells (cells merged or split, a cell's language or magic changed), is
    // lowered again; the same analyzed cells with other markup cells or indexes (a markdown
    // cell added, cells moved) keep their results, which only say where the cells now are.
    if (before === null || "error" in before || !sameAnalyzedCells(before, layout)) {
      st.ir = null;
      st.analysis = null;
    } else if (st.analysis && st.analysis.notebook !== layout) st.analysis = { ...st.analysis, notebook: layout };
  }

  /** Forgets an editor's text: the file is read from disk again when needed. */
  close(file: string): void {
    const key = resolve(file);
    this.drop(key);
    if (!ts.sys.fileExists(key)) this.projects.openFilesChanged();
  }

  /** Forgets a file, freeing its Python syntax tree. */
  private drop(key: string): void {
    this.files.get(key)?.pyTree?.tree.delete();
    deleteNotebookCells(this.files.get(key)?.cellTrees ?? null);
    this.files.delete(key);
  }

  /** Frees a file's edit state (syntax trees, lowering, memo). */
  private forgetEditState(st: FileState): void {
    st.sourceFile = null;
    st.pyTree?.tree.delete();
    st.pyTree = null;
    deleteNotebookCells(st.cellTrees);
    st.cellTrees = null;
    st.ir = null;
    st.lowered = null;
    st.memo = new InterpreterMemo();
  }

  isOpen(file: string): boolean {
    return this.files.get(resolve(file))?.open ?? false;
  }

  openFiles(): string[] {
    return [...this.files.entries()].filter(([, s]) => s.open).map(([k]) => k);
  }

  /**
   * The TypeScript syntax tree the analysis of `file` was made from, when `text` is still what
   * it parsed (refactor offers read it instead of parsing again); null for Python files,
   * notebooks, and files not analyzed on this text.
   */
  syntaxTree(file: string, text: string): ts.SourceFile | null {
    const sf = this.files.get(resolve(file))?.sourceFile ?? null;
    return sf !== null && sf.text === text ? sf : null;
  }

  private state(file: string): FileState | null {
    const key = resolve(file);
    const existing = this.files.get(key);
    if (existing) return existing;
    let text: string;
    try {
      if (!statSync(key).isFile()) return null;
      text = readFileSync(key, "utf8");
    } catch {
      return null;
    }
    // A notebook file is JSON: its cells are what is analyzed, joined into one text.
    let notebook: FileState["notebook"] = null;
    if (isNotebookFile(key)) {
      const read = readIpynb(text);
      const layout = "error" in read ? null : joinCells(read.cells);
      notebook = layout ?? (read as { readonly error: string });
      text = layout?.text ?? "";
    }
    const st: FileState = { text, version: 0, open: false, sourceFile: null, pyTree: null, shadowed: "", notebook, cellTrees: null, loweredText: null, ir: null, analysis: null, deps: new Map(), resolutions: new Map(), exportsVersion: 0, lowered: null, memo: new InterpreterMemo() };
    this.files.set(key, st);
    return st;
  }

  /**
   * Parses (incrementally after an edit) and lowers, reusing the IR of the top-level statements
   * the edit did not touch, whose spans are moved to the new text with the memo's.
   */
  private parse(file: string, st: FileState): FileIR | null {
    if (st.ir) return st.ir;
    if (st.notebook && "cells" in st.notebook) return this.parseNotebook(file, st, st.notebook);
    if (isPythonFile(file)) return this.parsePythonFile(file, st);
    const old = st.sourceFile;
    const change = old && old.text !== st.text ? diffTexts(old.text, st.text) : null;
    const sf = old && change
      ? ts.updateSourceFile(old, st.text, ts.createTextChangeRange(ts.createTextSpanFromBounds(change.start, change.oldEnd), change.newEnd - change.start))
      : old ?? ts.createSourceFile(file, st.text, ts.ScriptTarget.Latest, false, scriptKind(file));
    const { ir, statements, moved } = lowerIncrementally(sf, st.lowered, change);
    if (change) moveSpans(file, moved, st.memo, change);
    st.sourceFile = sf;
    st.lowered = statements;
    st.ir = ir;
    return ir;
  }

  private parsePythonFile(file: string, st: FileState): FileIR | null {
    if (!pythonParser()) return null;
    const old = st.pyTree;
    const change = old && old.text !== st.text ? diffTexts(old.text, st.text) : null;
    if (old && !change) {
      // Same text, IR dropped (settings changed): lower the tree again.
      const { ir, statements, shadowed } = lowerPython(old.tree, st.text, null, null);
      st.lowered = statements;
      st.shadowed = shadowed;
      st.ir = ir;
      return ir;
    }
    const tree = parsePython(st.text, old, change);
    st.pyTree = null;
    if (!tree) return null;
    st.pyTree = { tree, text: st.text };
    const { ir, statements, moved, shadowed } = lowerPython(tree, st.text, st.lowered ? { statements: st.lowered, shadowed: st.shadowed } : null, change);
    if (change) moveSpans(file, moved, st.memo, change);
    st.lowered = statements;
    st.shadowed = shadowed;
    st.ir = ir;
    return ir;
  }

  /** Parses the notebook's Python cells one by one and lowers them into one program. */
  private parseNotebook(file: string, st: FileState, layout: NotebookLayout): FileIR | null {
    if (!pythonParser()) return null;
    const oldText = st.lowered ? st.loweredText : null;
    const cells = parseNotebookCells(layout, st.cellTrees);
    st.cellTrees = cells;
    if (!cells) return null;
    const change = oldText !== null && oldText !== layout.text ? diffTexts(oldText, layout.text) : null;
    // Unchanged text lowered again (settings, a cell's language): nothing to move, nothing kept.
    const previous = st.lowered && change ? { statements: st.lowered, shadowed: st.shadowed } : null;
    const { ir, statements, moved, shadowed } = lowerNotebook(layout, cells, previous, change);
    if (change) moveSpans(file, moved, st.memo, change);
    st.lowered = statements;
    st.shadowed = shadowed;
    st.loweredText = layout.text;
    st.ir = ir;
    return ir;
  }

  /**
   * Where an import leads. A TypeScript or JavaScript file's imports resolve as TypeScript
   * resolves them in the file's project (projects.ts); a Python file's or notebook's, beside it.
   */
  resolveImport(fromFile: string, specifier: string): Resolution {
    if (isPythonFile(fromFile) || isNotebookFile(fromFile)) {
      // Python's `torch` is lowered to the engine's name.
      if (specifier === ENGINE_MODULE) return { kind: "engine" };
      const file = this.resolvePythonModule(fromFile, specifier);
      return file === null ? { kind: "unresolved" } : { kind: "file", file };
    }
    return this.projects.resolve(fromFile, specifier);
  }

  /** A Python import of a workspace file beside the importer (`pkg/mod.py`, `pkg/__init__.py`). */
  private resolvePythonModule(fromFile: string, specifier: string): string | null {
    if (!specifier.startsWith(".") && !specifier.startsWith("/")) return null;
    const base = resolve(dirname(fromFile), specifier);
    const stem = base.replace(/\.(js|jsx|mjs|cjs)$/, "");
    // A Python file or a notebook imports Python modules (`pkg/mod.py`, `pkg/__init__.py`); the
    // others, the rest.
    const python = isPythonFile(fromFile) || isNotebookFile(fromFile);
    const candidates = python
      ? [`${base}.py`, `${base}/__init__.py`]
      : [base, ...SCRIPT_EXTENSIONS.map((e) => stem + e), ...SCRIPT_EXTENSIONS.map((e) => `${base}/index${e}`)];
    for (const c of candidates) {
      if (this.files.has(c)) return c;
      try {
        if (existsSync(c) && statSync(c).isFile() && (python ? isPythonFile(c) : SCRIPT_EXTENSIONS.includes(extname(c)))) return c;
      } catch {
        // unreadable: not a candidate
      }
    }
    return null;
  }

  /** Whether a cached analysis is still valid: same text and same exports of its imports. */
  private fresh(key: string, st: FileState): boolean {
    if (!st.analysis) return false;
    for (const [spec, seen] of st.resolutions) if (resolutionKey(this.resolveImport(key, spec)) !== seen) return false;
    for (const [dep, seen] of st.deps) {
      const d = this.files.get(dep);
      if (!d) return false;
      if (d.analysis === null) this.analyze(dep);
      if (d.exportsVersion !== seen) return false;
    }
    return true;
  }

  /** The file's analysis, computed if needed. Never throws for bad input: it returns a skipped result. */
  analyze(file: string): FileAnalysis {
    const key = resolve(file);
    const st = this.state(key);
    if (!st) return this.skipped(key, "", 0, "the file cannot be read");
    if (this.fresh(key, st)) return st.analysis as FileAnalysis;
    if (st.notebook && "error" in st.notebook) {
      st.analysis = this.skipped(key, st.text, st.version, st.notebook.error);
      return st.analysis;
    }
    if (st.text.length > this.options.maxFileSize) {
      st.analysis = this.skipped(key, st.text, st.version, `the file is larger than rnnlens.maxFileSize (${this.options.maxFileSize} characters)`);
      return st.analysis;
    }
    if (this.analyzing.has(key)) return this.skipped(key, st.text, st.version, "import cycle");
    this.analyzing.add(key);
    try {
      return this.analyzeState(key, st);
    } catch (e) {
      // The core cannot fail: a crash in parsing or evaluation (a bug, or input deep enough to
      // exhaust the stack) gives an empty, skipped result that says why.
      this.forgetEditState(st);
      const tooDeep = e instanceof RangeError && /call stack/i.test(e.message);
      st.analysis = this.skipped(key, st.text, st.version, tooDeep ? "the file nests too deeply to analyze" : `internal error: ${e instanceof Error ? e.message : String(e)}`);
      return st.analysis;
    } finally {
      this.analyzing.delete(key);
    }
  }

  private analyzeState(key: string, st: FileState): FileAnalysis {
    const ir = this.parse(key, st);
    if (!ir) return this.skipped(key, st.text, st.version, PYTHON_PARSER_NOT_LOADED);
    const ctx = new AnalysisContext(key, this.options.maxSteps);
    const deps = new Map<string, number>();
    const resolutions = new Map<string, string>();
    const resolveFrom = (from: string, spec: string): Resolution => {
      const r = this.resolveImport(from, spec);
      if (from === key) resolutions.set(spec, resolutionKey(r));
      return r;
    };
    const interp = new Interpreter(ctx, st.text, {
      engineModules: this.options.engineModules,
      maxSteps: this.options.maxSteps,
      memo: st.memo,
      isEngineImport: (from, spec) => resolveFrom(from, spec).kind === "engine",
      resolveImport: (from, spec) => {
        const r = resolveFrom(from, spec);
        if (r.kind !== "file") return null;
        const target = r.file;
        const result = this.analyze(target);
        const ts_ = this.files.get(target);
        if (ts_) deps.set(target, ts_.exportsVersion);
        return result.exports;
      },
    });
    interp.run(ir.body, ir.exportedDeclarations, { implicitGlobals: ir.implicitGlobals ?? true, emptyIsFalse: ir.emptyIsFalse ?? false, distinctFloats: ir.distinctFloats ?? false, indexableTensors: ir.indexableTensors ?? false });
    const exports = DECLARATION_FILE.test(key) ? declaredExports(interp.exports) : interp.exports;
    const previousExports = st.analysis?.exports;
    const lines = new LineMap(st.text);
    // Suppression comments apply here, to every consumer alike (editor, CLI), never in the interpreter.
    const layout = st.notebook && "cells" in st.notebook ? st.notebook : null;
    const directives = layout ? notebookDirectives(layout) : scanDirectives(st.text, commentPrefixFor(key));
    const analysis: FileAnalysis = {
      file: key,
      version: st.version,
      text: st.text,
      lines,
      findings: applyDirectives(ctx.findings.filter((f) => f.file === key), lines, directives),
      facts: ctx.facts,
      exports,
      truncated: ctx.truncated,
      skipped: null,
      directiveProblems: directives.problems,
      notebook: layout,
    };
    // Classes and functions are re-evaluated by importers, so any edit of their file counts.
    const codeChanged = st.analysis !== null && st.analysis.text !== st.text && [...exports.values()].some((v) => v.t === "class" || v.t === "function");
    if (!previousExports || codeChanged || !sameExports(previousExports, exports)) st.exportsVersion++;
    st.deps = deps;
    st.resolutions = resolutions;
    st.analysis = analysis;
    if (!this.options.keepEditState) this.forgetEditState(st);
    return analysis;
  }

  private skipped(file: string, text: string, version: number, why: string): FileAnalysis {
    return { file, version, text, lines: new LineMap(text), findings: [], facts: [], exports: new Map(), truncated: true, skipped: why, directiveProblems: [], notebook: null };
  }

  /**
   * Files changed, appeared or disappeared on disk (a `git checkout`, a generator). Unless an
   * editor owns a file's text, the copy read from disk is forgotten, and so is the analysis of
   * every file that imports one of them, directly or through other files (a file read from disk
   * keeps its cached analysis until told, and `fresh` only compares export versions one level
   * down). Returns the open files to check again. One call per batch of events: a checkout
   * reports many files at once, and each call walks every known file.
   */
  diskChanged(files: readonly string[]): string[] {
    const keys = this.withFilesUnder(files.map((f) => resolve(f)));
    const configsChanged = this.projects.filesChanged(keys);
    const changed = new Set<string>();
    for (const key of keys) {
      if (this.files.get(key)?.open) continue;
      this.drop(key);
      changed.add(key);
    }
    // A config or package.json moves where imports lead and which files are the engine: every
    // analysis is stale (configs change rarely; finding who depends on which is not worth it).
    if (configsChanged) {
      for (const st of this.files.values()) st.analysis = null;
      return this.openFiles();
    }
    if (changed.size === 0) return [];
    const affected = this.importersOf(changed);
    for (const k of affected) {
      const s = this.files.get(k);
      if (s) s.analysis = null;
    }
    return affected.filter((k) => this.files.get(k)?.open === true);
  }

  /**
   * The paths with the known files under them: a folder deleted or moved away is one event for the
   * folder (VS Code folds its files' events into it), and its files are gone with it. A path that
   * is neither a file the analysis reads, a config, nor a folder holding either, is left out.
   */
  private withFilesUnder(keys: readonly string[]): string[] {
    const known = [...this.files.keys()];
    const out = new Set<string>();
    for (const key of keys) {
      const under = known.filter((k) => k.startsWith(key + sep));
      if (under.length > 0 || ANALYZED_EXTENSIONS.includes(extname(key).toLowerCase()) || isResolutionConfig(key) || this.projects.holdsConfig(key)) out.add(key);
      for (const k of under) out.add(k);
    }
    return [...out];
  }

  /** Every known file whose analysis read the exports of one of `keys` or whose imports now lead elsewhere, transitively. */
  private importersOf(keys: ReadonlySet<string>): string[] {
    const found = new Set<string>();
    const pending = [...keys];
    // Imports are resolved once, here, against the disk as it is now: a file that appeared or
    // went away may be what an import now finds.
    for (const [k, s] of this.files) {
      if (keys.has(k)) continue;
      for (const [spec, seen] of s.resolutions) {
        if (resolutionKey(this.resolveImport(k, spec)) === seen) continue;
        found.add(k);
        pending.push(k);
        break;
      }
    }
    for (let target = pending.pop(); target !== undefined; target = pending.pop()) {
      for (const [k, s] of this.files) {
        if (keys.has(k) || found.has(k)) continue;
        if (s.deps.has(target)) {
          found.add(k);
          pending.push(k);
        }
      }
    }
    return [...found];
  }

  /**
   * Open files whose analysis depends on `file` (to re-check after it changes): those that read
   * its exports, and those with an import that led elsewhere before and now resolves to it.
   */
  dependents(file: string): string[] {
    const key = resolve(file);
    const target = resolutionKey({ kind: "file", file: key });
    const leadsHere = (k: string, s: FileState) => [...s.resolutions].some(([spec, seen]) => seen !== target && resolutionKey(this.resolveImport(k, spec)) === target);
    return [...this.files.entries()]
      .filter(([k, s]) => s.open && k !== key && (s.deps.has(key) || leadsHere(k, s)))
      .map(([k]) => k);
  }
}

/** A declaration file (a package's types, a hand-written `.d.ts`): it declares, it holds no values. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/**
 * What a declaration file's exports mean: the engine it re-exports (directly, or inside a
 * namespace object), and nothing else — a declared function has no body to run and a declared
 * constant no value, so both are unknown, never `undefined`.
 */
function declaredExports(exports: ReadonlyMap<string, Value>): Map<string, Value> {
  const known = (v: Value): Value => {
    if (v.t === "api") return v;
    if (v.t === "object") return { ...v, props: new Map([...v.props].map(([k, p]) => [k, known(p)])), open: true };
    return UNKNOWN_VALUE;
  };
  return new Map([...exports].map(([k, v]) => [k, known(v)]));
}

/** Whether two layouts of one joined text have the same analyzed cells in the same places. */
function sameAnalyzedCells(a: NotebookLayout, b: NotebookLayout): boolean {
  const analyzed = (l: NotebookLayout) => l.cells.filter((c) => c.analyzed).map((c) => `${c.start}:${c.length}`).join(",");
  return a.text === b.text && analyzed(a) === analyzed(b);
}

/** Exports compare by kind and printed shape, which is all an importer's findings can depend on. */
function sameExports(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || JSON.stringify(summaryKey(v)) !== JSON.stringify(summaryKey(w))) return false;
  }
  return true;
}

function summaryKey(v: Value): unknown {
  switch (v.t) {
    case "num":
      return ["num", typeof v.dim === "number" ? v.dim : JSON.stringify(v.dim, (_, x) => (x instanceof Map ? [...x] : x))];
    case "tensor":
      return ["tensor", JSON.stringify(v.shape, (_, x) => (x instanceof Map ? [...x] : x))];
    case "class":
      return ["class", v.decl.span.start, v.decl.span.end, v.file];
    case "function":
      return ["function", v.decl.span.start, v.decl.span.end, v.file];
    case "module":
      return ["module", v.kind, v.at.span.start, JSON.stringify(v.config, (_, x) => (x instanceof Map ? [...x] : x))];
    default:
      return [v.t];
  }
}
