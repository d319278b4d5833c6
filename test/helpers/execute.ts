/**
 * Runs a user program written against the engine, for real, to judge the analyzer by execution.
 *
 * The program's files (TypeScript or JavaScript) are transpiled to CommonJS with source maps and
 * run in a fresh `vm` context whose `require("rnnlens")` is the engine itself. Each simple
 * statement (an expression or a declaration) is instrumented to record that it completed, so the
 * oracle knows which lines ran without raising. What runs later than the script (promise
 * callbacks, timers, test-framework `it` blocks) is drained in a deterministic order after it.
 * The outcome is the first error the engine raised, with the user-code frames it was raised
 * through (mapped back to the original source), or a clean run, plus the warnings it emitted.
 */
import { SourceMap } from "node:module";
import { dirname, extname, resolve } from "node:path";
import vm from "node:vm";
import ts from "typescript";
import * as engine from "../../engine";

export interface ProgramFile {
  readonly path: string;
  readonly text: string;
}

/** A position in a program file: 0-based line and column, and the offset into its text. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface RaisedError {
  readonly name: string;
  readonly pytorchType: string;
  readonly check: string | null;
  readonly message: string;
  /** User-code frames, innermost first. */
  readonly frames: readonly SourcePosition[];
}

export interface RaisedWarning {
  readonly message: string;
  readonly frames: readonly SourcePosition[];
}

export type RunOutcome =
  | { readonly kind: "clean"; readonly completed: CompletedStatements; readonly warnings: readonly RaisedWarning[] }
  | { readonly kind: "error"; readonly error: RaisedError; readonly completed: CompletedStatements; readonly warnings: readonly RaisedWarning[] }
  /** The program cannot run as written (a name it never defines, a module that is not there, its own `throw`, a time-out). */
  | { readonly kind: "not-executable"; readonly reason: string }
  /** Something other than an engine error escaped from engine code or from a call the engine should accept (a TypeError, a RangeError). */
  | { readonly kind: "crash"; readonly reason: string; readonly frames: readonly SourcePosition[] };

/** Statements that ran to their end at least once, as `file:start:end` spans of the original text. */
export type CompletedStatements = ReadonlySet<string>;

export interface ExecuteOptions {
  /** Module names that are the engine besides "rnnlens". */
  readonly engineModules?: readonly string[];
  /** Milliseconds the synchronous part (and each deferred callback) may run. */
  readonly timeoutMs?: number;
  /**
   * Where an import leads, as the analysis resolves it (a project's `paths`, packages): a file of
   * the program, or "engine". Without it, only relative imports of the program's files resolve.
   */
  readonly resolveModule?: (fromFile: string, specifier: string) => string | "engine" | null;
}

const SCHEME = "rlprog:";
const ENGINE_ERROR_NAMES = new Set(["ShapeError", "ArgumentError", "StateDictError", "FormatError", "TorchError"]);

interface Compiled {
  readonly file: ProgramFile;
  readonly code: string;
  readonly map: SourceMap;
  readonly lineStarts: readonly number[];
}

/** Records, after each simple statement, that it completed: `__rl_ok("file:start:end")`. */
function instrument(fileKey: string): ts.TransformerFactory<ts.SourceFile> {
  return (context) => {
    const f = context.factory;
    const marker = (s: ts.Statement, sf: ts.SourceFile): ts.Statement =>
      f.createExpressionStatement(f.createCallExpression(f.createIdentifier("__rl_ok"), undefined, [f.createStringLiteral(`${fileKey}:${s.getStart(sf)}:${s.end}`)]));
    const isSimple = (s: ts.Statement) => ts.isExpressionStatement(s) || (ts.isVariableStatement(s) && !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword));
    return (sf) => {
      const withMarkers = (list: ts.NodeArray<ts.Statement>): ts.Statement[] => {
        const out: ts.Statement[] = [];
        for (const s of list) {
          out.push(ts.visitEachChild(s, visit, context));
          if (isSimple(s)) out.push(marker(s, sf));
        }
        return out;
      };
      const visit = (node: ts.Node): ts.Node => {
        if (ts.isBlock(node)) return f.updateBlock(node, withMarkers(node.statements));
        if (ts.isCaseClause(node)) return f.updateCaseClause(node, ts.visitNode(node.expression, visit) as ts.Expression, withMarkers(node.statements));
        if (ts.isDefaultClause(node)) return f.updateDefaultClause(node, withMarkers(node.statements));
        return ts.visitEachChild(node, visit, context);
      };
      return f.updateSourceFile(sf, withMarkers(sf.statements));
    };
  };
}

function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function compile(file: ProgramFile, index: number): Compiled {
  const jsLike = /\.(m|c)?jsx?$/.test(file.path);
  const out = ts.transpileModule(file.text, {
    fileName: file.path,
    reportDiagnostics: false,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      sourceMap: true,
      esModuleInterop: true,
      allowJs: jsLike,
      jsx: ts.JsxEmit.React,
    },
    transformers: { before: [instrument(String(index))] },
  });
  const map = new SourceMap(JSON.parse(out.sourceMapText ?? "{}"));
  return { file, code: out.outputText, map, lineStarts: lineStartsOf(file.text) };
}

/** The user frames of a stack, mapped to the original sources, innermost first. */
function userFrames(stack: string | undefined, compiled: readonly Compiled[]): SourcePosition[] {
  if (!stack) return [];
  const out: SourcePosition[] = [];
  const re = new RegExp(`${SCHEME}(\\d+):(\\d+):(\\d+)`, "g");
  for (const m of stack.matchAll(re)) {
    const c = compiled[Number(m[1])];
    if (!c) continue;
    const entry = c.map.findEntry(Number(m[2]) - 1, Number(m[3]) - 1) as { originalLine?: number; originalColumn?: number };
    if (entry.originalLine === undefined || entry.originalColumn === undefined) continue;
    const offset = (c.lineStarts[entry.originalLine] ?? 0) + entry.originalColumn;
    out.push({ file: c.file.path, line: entry.originalLine, column: entry.originalColumn, offset });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

class Deferred {
  readonly microtasks: (() => void)[] = [];
  readonly timers: { delay: number; seq: number; fn: () => void }[] = [];
  readonly tests: (() => void)[] = [];
  private seq = 0;
  timer(fn: unknown, delay: unknown): number {
    if (typeof fn === "function") this.timers.push({ delay: typeof delay === "number" ? delay : 0, seq: this.seq++, fn: fn as () => void });
    return this.seq;
  }
}

/** Runs a program from `entry` (a path of one of `files`). */
export function execute(files: readonly ProgramFile[], entry: string, options: ExecuteOptions = {}): RunOutcome {
  const compiled = files.map((f, i) => compile(f, i));
  const byPath = new Map(compiled.map((c, i) => [resolve(c.file.path), i]));
  const engineNames = new Set(["rnnlens", ...(options.engineModules ?? [])]);
  const completed = new Set<string>();
  const warnings: RaisedWarning[] = [];
  const deferred = new Deferred();
  const timeout = options.timeoutMs ?? 5000;

  const sandbox: Record<string, unknown> = {
    __rl_ok: (key: string) => {
      const [i, start, end] = key.split(":");
      const c = compiled[Number(i)];
      if (c) completed.add(`${c.file.path}:${start}:${end}`);
    },
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    setTimeout: (fn: unknown, delay: unknown) => deferred.timer(fn, delay),
    setImmediate: (fn: unknown) => deferred.timer(fn, 0),
    clearTimeout: () => undefined,
    queueMicrotask: (fn: unknown) => typeof fn === "function" && deferred.microtasks.push(fn as () => void),
    // Test frameworks: `describe` runs its body at once, `it`/`test` later, as mocha and node:test do.
    describe: (_: unknown, fn: unknown) => typeof fn === "function" && (fn as () => void)(),
    it: (_: unknown, fn: unknown) => typeof fn === "function" && deferred.tests.push(fn as () => void),
    test: (_: unknown, fn: unknown) => typeof fn === "function" && deferred.tests.push(fn as () => void),
    process: { env: {}, argv: ["node", "program"] },
  };
  const context = vm.createContext(sandbox, { microtaskMode: "afterEvaluate" });
  // A promise callback that throws ends the program, as an unhandled rejection ends Node's: the
  // context's promises report what their callbacks throw.
  let rejected: { error: unknown } | null = null;
  sandbox["__rl_reject"] = (error: unknown) => {
    rejected ??= { error };
  };
  vm.runInContext(
    `{ const then = Promise.prototype.then;
       const guard = (f) => typeof f === "function" ? function (v) { try { return f(v); } catch (e) { __rl_reject(e); } } : f;
       Promise.prototype.then = function (a, b) { return then.call(this, guard(a), guard(b)); }; }`,
    context,
  );
  const cache = new Map<number, { exports: unknown }>();

  const load = (index: number): unknown => {
    const hit = cache.get(index);
    if (hit) return hit.exports;
    const c = compiled[index] as Compiled;
    const module = { exports: {} as unknown };
    cache.set(index, module);
    const fn = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${c.code}\n})`, context, {
      filename: `${SCHEME}${index}`,
      timeout,
      // The wrapper adds no line: source-map lines stay as compiled.
    }) as (e: unknown, r: (s: string) => unknown, m: unknown, f: string, d: string) => void;
    const requireFrom = (spec: string): unknown => {
      // The analysis's resolution first: a project may find a module of its own by the engine's name.
      const resolved = options.resolveModule?.(c.file.path, spec) ?? null;
      const index = resolved === null || resolved === "engine" ? undefined : byPath.get(resolve(resolved));
      if (resolved === "engine" || (engineNames.has(spec) && index === undefined)) return engine;
      if (index !== undefined) return load(index);
      if (spec.startsWith(".") || spec.startsWith("/")) {
        const base = resolve(dirname(c.file.path), spec);
        const stem = base.replace(/\.(m|c)?jsx?$/, "");
        for (const cand of [base, ...[".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"].map((e) => stem + e), ...[".ts", ".js"].map((e) => `${base}/index${e}`)]) {
          const i = byPath.get(cand);
          if (i !== undefined) return load(i);
        }
      }
      throw new ModuleMissing(spec);
    };
    // Called from inside the context, so the time-out applies to the module's code.
    sandbox["__rl_pending"] = () => fn(module.exports, requireFrom, module, c.file.path, dirname(c.file.path));
    vm.runInContext("__rl_pending()", context, { timeout });
    return module.exports;
  };

  const previousHandler = engine.setWarningHandler((message) => warnings.push({ message, frames: userFrames(new Error().stack, compiled) }));
  const previousLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  try {
    const entryIndex = byPath.get(resolve(entry));
    if (entryIndex === undefined) throw new Error(`execute: ${entry} is not one of the program's files`);
    load(entryIndex);
    // The program ran from the host: an empty evaluation drains the context's microtasks.
    vm.runInContext("undefined", context, { timeout });
    drain(deferred, context, timeout, () => rejected !== null);
    if (rejected) throw (rejected as { error: unknown }).error;
    return { kind: "clean", completed, warnings };
  } catch (e) {
    return classify(e, compiled, completed, warnings);
  } finally {
    engine.setWarningHandler(previousHandler);
    Error.stackTraceLimit = previousLimit;
  }
}

class ModuleMissing extends Error {
  constructor(readonly specifier: string) {
    super(`Cannot find module '${specifier}'`);
  }
}

/** Promise callbacks first (drained by the context after each evaluation), then timers by delay, then tests. */
function drain(d: Deferred, context: vm.Context, timeout: number, stopped: () => boolean): void {
  const runOne = (fn: () => void) => {
    // Through the context, so the time-out applies and its microtasks drain after each callback.
    (context as Record<string, unknown>)["__rl_pending"] = fn;
    vm.runInContext("__rl_pending()", context, { timeout });
  };
  for (let guard = 0; guard < 10_000 && !stopped(); guard++) {
    const micro = d.microtasks.shift();
    if (micro) {
      runOne(micro);
      continue;
    }
    if (d.timers.length > 0) {
      d.timers.sort((a, b) => a.delay - b.delay || a.seq - b.seq);
      runOne((d.timers.shift() as { fn: () => void }).fn);
      continue;
    }
    const t = d.tests.shift();
    if (t) {
      runOne(t);
      continue;
    }
    return;
  }
}

function classify(e: unknown, compiled: readonly Compiled[], completed: CompletedStatements, warnings: readonly RaisedWarning[]): RunOutcome {
  if (e instanceof ModuleMissing) return { kind: "not-executable", reason: e.message };
  if (e instanceof engine.TorchError || (isRecord(e) && typeof e["name"] === "string" && ENGINE_ERROR_NAMES.has(e["name"]))) {
    const err = e as engine.TorchError & { check?: string };
    return {
      kind: "error",
      error: { name: err.name, pytorchType: err.pytorchType, check: typeof err.check === "string" ? err.check : null, message: err.message, frames: userFrames(err.stack, compiled) },
      completed,
      warnings,
    };
  }
  const name = isRecord(e) && typeof e["name"] === "string" ? e["name"] : "";
  const message = isRecord(e) && typeof e["message"] === "string" ? e["message"] : String(e);
  const stack = isRecord(e) && typeof e["stack"] === "string" ? e["stack"] : undefined;
  if (name === "ReferenceError") return { kind: "not-executable", reason: `${name}: ${message}` };
  if (isRecord(e) && e["code"] === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { kind: "not-executable", reason: "time-out" };
  // An error the program throws itself (`throw new Error(...)`) raised in user code: not the engine's.
  const frames = userFrames(stack, compiled);
  const raisedInUserCode = stack !== undefined && /^\s*at /m.test(stack) && (stack.split("\n").find((l) => /^\s*at /.test(l)) ?? "").includes(SCHEME);
  if (name === "Error" && raisedInUserCode) return { kind: "not-executable", reason: `the program throws: ${message}` };
  return { kind: "crash", reason: `${name || "throw"}: ${message}`, frames };
}

export function isScript(path: string): boolean {
  return [".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"].includes(extname(path));
}
