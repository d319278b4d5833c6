/**
 * The shape interpreter: evaluates a file's IR with abstract values, as the code would run.
 * Straight-line code is followed flow-sensitively; a branch or a loop whose condition is known
 * runs as it would (the branch not taken is dead code; loops iteration by iteration, with break,
 * continue and return); unknown conditions run every way on copies of the state, joined after,
 * and loops of unknown count are summarised to a fixed point (see loop()). Objects change in
 * place (property writes, Object.assign, calls), callbacks run where and when they would (see
 * later()), user functions and methods are evaluated at their call sites with the arguments'
 * values and on their own with symbolic parameters. Anything it cannot follow becomes unknown,
 * and unknown values never produce a finding. The differential oracle (test/helpers/oracle.ts)
 * holds it to what the engine does when the code runs.
 */
import { basename } from "node:path";
import { shapes } from "../../../engine";
import type { Expr, FunctionDecl, Param, Pattern, ShapeAnnotation, Span, Stmt } from "../ir";
import { AnalysisContext, BudgetExceeded, type Fact, type Mutation } from "./context";
import type { Finding } from "./findings";
import { severityOf } from "../catalog";
import { ForkedVars, InterpreterMemo, sameTensorState, tensorState, TrackedVars, type MemoEntry, type TensorState } from "./memo";
import { callModule, callPacking, callTorch, constructModule, FIX_TARGETS, moduleConstructor, RECURRENT_KINDS, SAME_SHAPE_METHODS, sizeOf, FACTORIES, tensorMethod, type Arg, type CallSite } from "./engine-api";
import { MODULE_CALL_PARAMETERS, MODULE_PARAMETERS, PACKING_PARAMETERS, placeArguments, TENSOR_METHOD_PARAMETERS, TORCH_PARAMETERS } from "./signatures";
import {
  apiValue,
  asDim,
  isOpenObject,
  join,
  objectEntries,
  OPEN_KEY,
  num,
  NONE,
  tensor,
  UNKNOWN_VALUE,
  type ClassValue,
  type FunctionValue,
  type InstanceValue,
  type ModuleValue,
  type Scope,
  type TensorValue,
  type Value,
} from "./values";

type Dim = shapes.Dim;

/** Exported values of another workspace file, or null when it cannot be analyzed. */
export type ImportResolver = (fromFile: string, specifier: string) => ReadonlyMap<string, Value> | null;

export interface InterpreterOptions {
  /** Module names whose `torch` / `nn` exports are the engine (besides "rnnlens"). */
  readonly engineModules: readonly string[];
  readonly resolveImport: ImportResolver;
  /**
   * Whether an import resolves to the engine (a package named `rnnlens`, an alias of it); `rnnlens`
   * itself does unless the project finds a module of its own by that name. Without it, only the
   * names are the engine.
   */
  readonly isEngineImport?: (fromFile: string, specifier: string) => boolean;
  /** Upper bound on evaluation steps for one file. */
  readonly maxSteps: number;
  /** What the previous analysis of this file did, to reuse what an edit did not touch. */
  readonly memo?: InterpreterMemo;
}

const MAX_CALL_DEPTH = 4;
const ENGINE_EXPORTS: ReadonlyMap<string, string> = new Map([
  ["torch", "torch"],
  ["nn", "nn"],
  ...["RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell", "Linear", "Embedding", "Module"].map((k): [string, string] => [k, `nn.${k}`]),
]);

/** Signals a `return` out of a function body; a null value was already recorded in the frame's returns. */
class ReturnSignal {
  constructor(readonly value: Value | null) {}
}

/** Signals a `break` or `continue` out of the current loop iteration. */
class JumpSignal {
  constructor(readonly jump: "break" | "continue") {}
}

/** How a piece of code ended: normally, or by leaving the function or the loop iteration. */
type Exit = "normal" | "return" | "break" | "continue";

/** What a loop being evaluated learns from its body: a `break`/`continue` that may or may not happen. */
interface LoopControl {
  uncertain: boolean;
  readonly outer: LoopControl | null;
}

/** The properties of an object or the fields of an instance: what property writes change. */
type Store = Map<string, Value>;
interface HeapWrite {
  readonly store: Store;
  readonly key: string;
  readonly had: boolean;
  readonly prev: Value | undefined;
}
/** For each store written, each written key's value at the end (undefined: deleted). */
type HeapWrites = Map<Store, Map<string, Value | undefined>>;

/** Iterations a loop with a known count is followed one by one; past this it is summarised. */
const MAX_UNROLL = 64;

/** A callback that runs after the top level (a timer, a promise callback, a test). */
interface DeferredCallback {
  readonly fn: FunctionValue;
  readonly args: readonly Value[];
  /** 0: microtasks, 1: timers, 2: tests. */
  readonly phase: number;
}

interface Frame {
  scope: Scope;
  self: Value | null;
  returns: Value[];
  depth: number;
  /** Functions being evaluated, to stop recursion. */
  active: ReadonlySet<FunctionDecl>;
  /** The innermost loop being evaluated, if any. */
  loop?: LoopControl | null;
}

/** Array methods that call their callback on items: forEach/map on each in order, the others on some. */
const ARRAY_CALLBACKS: ReadonlySet<string> = new Set(["forEach", "map", "filter", "some", "every", "find", "findIndex", "flatMap", "reduce", "reduceRight"]);
const PROMISE_CALLBACKS: ReadonlySet<string> = new Set(["then", "catch", "finally"]);
/** Calls whose callbacks run after the code that registers them. */
const DEFERRING: ReadonlySet<string> = new Set(["setTimeout", "setImmediate", "setInterval", "queueMicrotask", "process.nextTick", "it", "test", "beforeEach", "afterEach", "before", "after", "beforeAll", "afterAll"]);
/** Globals the analysis knows: calls of their members change none of their arguments. */
const PURE_APIS: ReadonlySet<string> = new Set(["Math", "console", "JSON", "Number", "String", "Boolean", "Array", "Date", "Promise", "Object"]);
const KNOWN_GLOBALS: ReadonlySet<string> = new Set([...PURE_APIS, ...DEFERRING, "describe", "process", "Map", "require"]);

/** Module methods that return the module itself. */
const SELF_RETURNING: ReadonlySet<string> = new Set(["train", "eval", "to", "cuda", "cpu", "float", "double", "half", "requires_grad_"]);
/** Module methods that exist (their results are not followed, except forward's). */
const MODULE_METHODS: ReadonlySet<string> = new Set(["forward", "parameters", "named_parameters", "state_dict", "load_state_dict", "loadStateDict", "stateDict", "flatten_parameters", "zero_grad", "apply", "modules", "children", "reset_parameters", "resetParameters"]);

/** Array methods that change the array in place: a tuple they are called on is no longer known. */
const ARRAY_MUTATORS: ReadonlySet<string> = new Set(["push", "pop", "shift", "unshift", "splice", "reverse", "sort", "fill", "copyWithin", "append", "extend", "insert", "remove", "clear"]);

function newScope(parent: Scope | null): Scope {
  return { vars: new Map(), parent };
}

function lookup(scope: Scope | null, name: string): Value | undefined {
  for (let s = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function assignVar(scope: Scope, name: string, value: Value): void {
  for (let s: Scope | null = scope; s; s = s.parent) {
    if (s.vars.has(name)) {
      s.vars.set(name, value);
      return;
    }
  }
  scope.vars.set(name, value);
}

/**
 * Copies a scope chain so one branch's assignments do not leak into the other. Inside a function
 * the module scope (the chain's root) is shared, not copied: module bindings are rarely assigned
 * from functions, and reads of them must reach the tracked module scope (see memo.ts). Branches at
 * the top level copy it like any other scope.
 */
function cloneChain(scope: Scope): Scope {
  if (!scope.parent) return { vars: snapshot(scope.vars), parent: null };
  return { vars: new Map(scope.vars), parent: scope.parent.parent ? cloneChain(scope.parent) : scope.parent };
}

/**
 * A copy of a scope's variables. Copying the module scope reads every name (see memo.ts): the
 * code that then runs on the copy may read any of them, and a remembered unit must depend on them.
 */
function snapshot(vars: Map<string, Value>): Map<string, Value> {
  if (vars instanceof TrackedVars || vars instanceof ForkedVars) return ForkedVars.of(vars);
  return new Map(vars);
}

/** A variable's value, not counted as a read (see memo.ts): for bookkeeping, not evaluation. */
function peekVar(vars: Map<string, Value>, k: string): Value | undefined {
  return Map.prototype.get.call(vars, k) as Value | undefined;
}

function hasVar(vars: Map<string, Value>, k: string): boolean {
  return Map.prototype.has.call(vars, k);
}

/** Sets a variable unless it already holds that value (so the module scope records only real writes). */
function setIfChanged(vars: Map<string, Value>, k: string, v: Value): void {
  if (peekVar(vars, k) !== v || !hasVar(vars, k)) vars.set(k, v);
}

/**
 * After a branch: every variable takes the join of its values on both paths. Where the paths
 * differ, the join depends on both, so each path's value counts as read (a path that did not
 * assign the name holds the value from before the branch; see ForkedVars).
 */
function joinInto(target: Scope, a: Scope, b: Scope): void {
  let t: Scope | null = target;
  let x: Scope | null = a;
  let y: Scope | null = b;
  // A shared tail (the module scope inside functions) is already the joined state.
  while (t && x && y && !(t === x && x === y)) {
    for (const [k, v] of x.vars) {
      const w = peekVar(y.vars, k);
      if (w === v) {
        setIfChanged(t.vars, k, v);
        continue;
      }
      x.vars.get(k);
      y.vars.get(k);
      setIfChanged(t.vars, k, w === undefined ? v : join(v, w));
    }
    for (const [k, w] of y.vars) {
      if (hasVar(x.vars, k)) continue;
      y.vars.get(k);
      setIfChanged(t.vars, k, w);
    }
    t = t.parent;
    x = x.parent;
    y = y.parent;
  }
}

export class Interpreter {
  /** Names bound anywhere in the file: `torch`/`nn` are engine globals only when unbound. */
  private readonly boundNames = new Set<string>();
  private readonly pendingInstances: InstanceValue[] = [];
  private readonly analyzedFunctions = new Set<FunctionDecl>();
  readonly exports = new Map<string, Value>();
  readonly moduleScope: Scope;
  private readonly memo: InterpreterMemo | null;
  /** The file whose code is being evaluated: another file's when running an imported class or function. */
  private curFile: string;
  private curText: string;

  constructor(
    readonly ctx: AnalysisContext,
    private readonly text: string,
    private readonly options: InterpreterOptions,
  ) {
    this.curFile = ctx.file;
    this.curText = text;
    this.memo = options.memo ?? null;
    this.moduleScope = this.memo ? this.memo.moduleScope : newScope(null);
  }

  /**
   * Runs one unit of work (a top-level statement, a declaration's or an instance's analysis),
   * or replays what it did last time when every module-scope name it read is unchanged.
   */
  private unit(key: object, f: () => void): void {
    const memo = this.memo;
    if (!memo) return f();
    const vars = memo.vars;
    const cached = memo.entries.get(key);
    if (cached && vars.reads === null && this.ctx.canTake(cached.steps) && unchangedReads(cached, vars) && unchangedHeap(cached) && cached.tensorReads.every(sameTensorState)) {
      this.ctx.take(cached.steps);
      for (const [n, v] of cached.writes) {
        // Reused classes and functions of this file run with its new text.
        if ((v.t === "class" || v.t === "function") && v.file === this.ctx.file) (v as { text: string }).text = this.text;
        vars.set(n, v);
      }
      for (const x of cached.findings) this.ctx.report(x);
      for (const x of cached.facts) this.ctx.fact(x);
      for (const m of cached.mutations) this.ctx.mutate(m);
      this.pendingInstances.push(...cached.instances);
      for (const d of cached.deferred) {
        // A reused callback of this file runs with its new text, as reused functions do.
        if (d.fn.file === this.ctx.file) (d.fn as { text: string }).text = this.text;
        this.deferred.push(d);
      }
      memo.live.add(cached);
      return;
    }
    if (vars.reads !== null) return f(); // nested: the enclosing unit records for both
    const reads = new Map<string, Value | undefined>();
    const writes: [string, Value][] = [];
    vars.reads = reads;
    vars.writes = writes;
    const mark = this.ctx.checkpoint();
    const pending = this.pendingInstances.length;
    const captured: Finding[] = [];
    this.ctx.capture = captured;
    const deferred: DeferredCallback[] = [];
    this.unitDeferred = deferred;
    const heapMark = this.heapLog.length;
    const impure = this.impure;
    const steps = this.ctx.stepsTaken;
    let done = false;
    try {
      f();
      done = true;
    } finally {
      vars.reads = null;
      vars.writes = null;
      this.ctx.capture = null;
      this.unitDeferred = null;
      // A unit that read another file's exports or wrote this file's is not remembered: neither
      // is among what a replay checks or redoes.
      if (done && this.impure === impure) {
        const mutations = this.ctx.journal.slice(mark.journal);
        const heapReads: [Store, ReadonlyMap<string, Value>][] = [];
        const tensorReads = this.stateAtStart(reads, heapMark, mutations, heapReads);
        const entry: MemoEntry = {
          reads,
          writes,
          findings: captured,
          facts: this.ctx.facts.slice(mark.facts),
          instances: this.pendingInstances.slice(pending),
          mutations,
          deferred,
          heapReads,
          tensorReads,
          steps: this.ctx.stepsTaken - steps,
        };
        memo.entries.set(key, entry);
        memo.live.add(entry);
      }
    }
  }

  /**
   * The stores (object properties, instance fields, map entries) reachable from the values a unit
   * read, two levels deep, as they were when the unit started: their contents now, with the
   * unit's own writes (logged since `mark`) taken back; into `heap`. Returns the tensors reachable
   * the same way (and through tuples), as they were when the unit started: their state now, with
   * the unit's own namings and labellings (among `mutations`) taken back.
   */
  private stateAtStart(reads: ReadonlyMap<string, Value | undefined>, mark: number, mutations: readonly Mutation[], heap: [Store, ReadonlyMap<string, Value>][]): TensorState[] {
    const out = new Map<Store, Map<string, Value>>();
    const tensors = new Map<TensorValue, TensorState>();
    const visit = (v: Value | undefined, depth: number) => {
      if (!v) return;
      if (v.t === "tensor") {
        if (!tensors.has(v)) tensors.set(v, tensorState(v));
        return;
      }
      if (v.t === "tuple") {
        for (const item of v.items) visit(item, depth);
        return;
      }
      const st = storeOf(v);
      if (!st || out.has(st)) return;
      out.set(st, new Map(st));
      if (depth > 0) for (const inner of st.values()) visit(inner, depth - 1);
    };
    for (const v of reads.values()) visit(v, 1);
    for (let i = this.heapLog.length - 1; i >= mark; i--) {
      const w = this.heapLog[i] as HeapWrite;
      const snap = out.get(w.store);
      if (!snap) continue;
      if (w.had) snap.set(w.key, w.prev as Value);
      else snap.delete(w.key);
    }
    for (let i = mutations.length - 1; i >= 0; i--) {
      const m = mutations[i] as Mutation;
      const st = m.tensor ? tensors.get(m.tensor) : undefined;
      if (!st) continue;
      tensors.set(st.tensor, m.dim === undefined ? { ...st, labels: null } : { ...st, dims: st.dims?.map((d, j) => (j === m.dim ? shapes.UNKNOWN : d)) ?? null });
    }
    heap.push(...out);
    return [...tensors.values()];
  }

  private site(span: Span, frame: Frame): CallSite {
    return { ctx: this.ctx, file: this.curFile, span, text: this.curText, once: frame.depth === 0 && !frame.loop && this.forks === 0 };
  }

  private sourceText(span: Span): string {
    return this.curText.slice(span.start, span.end);
  }

  /**
   * Evaluates code of another file (an imported class or function) with that file's text.
   * `entry` is the call or `new` expression of the analyzed file that leads there.
   */
  private inFile<T>(file: string, text: string, f: () => T, entry: Span | null = null): T {
    const [pf, pt] = [this.curFile, this.curText];
    // Fix: a check that fails inside another file's code only because of the sizes this file
    // passes (`new Seq2Seq(12, 64, 3)` then `model.forward(batch)`) was found and then dropped,
    // since a file reports its own positions only. It is now also reported at the call here.
    const crossing = entry !== null && pf === this.ctx.file && file !== this.ctx.file;
    const mark = this.ctx.findings.length;
    this.texts.set(file, text);
    this.curFile = file;
    this.curText = text;
    try {
      return f();
    } finally {
      this.curFile = pf;
      this.curText = pt;
      if (crossing && entry) this.reportForeign(mark, entry);
    }
  }

  /**
   * Counts reads of another file's exports and writes of this file's: a unit that does either is
   * not remembered (see unit()).
   */
  private impure = 0;

  private resolveImport(fromFile: string, specifier: string): ReadonlyMap<string, Value> | null {
    this.impure++;
    return this.options.resolveImport(fromFile, specifier);
  }

  private exportValue(name: string, v: Value): void {
    this.impure++;
    this.exports.set(name, v);
  }

  /** Texts of the files whose code ran, to name the line a foreign finding is on. */
  private readonly texts = new Map<string, string>();

  /** Reports, at `entry` in the analyzed file, each finding made in another file since `mark`. */
  private reportForeign(mark: number, entry: Span): void {
    for (const f of this.ctx.findings.slice(mark)) {
      if (f.file === this.ctx.file) continue;
      const text = this.texts.get(f.file) ?? "";
      const line = text.slice(0, f.span.start).split("\n").length;
      const where = `${basename(f.file)}:${line}`;
      this.ctx.report({
        ...f,
        file: this.ctx.file,
        span: entry,
        message: `${f.message}. Raised in ${where}, by this call.`,
        related: [{ file: f.file, span: f.span, message: `PyTorch raises here (${where})` }, ...f.related],
        fixes: [],
      });
    }
  }

  /** Sets an instance's field (see writeStore). */
  private setField(inst: InstanceValue, key: string, v: Value): void {
    this.writeStore(inst.fields, key, v);
  }

  /** Heap writes of this run, in order, for the joins after branches (see fork). */
  private readonly heapLog: HeapWrite[] = [];
  /**
   * A quick fix resizes the factory call a tensor came from: where the tensor is used by more than
   * the call that fails (`h0` handed to two layers), the edit would break the others. Such fixes
   * are withdrawn once every use is known.
   */
  private withdrawSharedFixes(): void {
    // Only the uses of the fixes' targets are counted (this runs at every edit, over every fact).
    const uses = new Map<TensorValue, number>();
    for (const finding of this.ctx.findings) for (const fix of finding.fixes) for (const target of FIX_TARGETS.get(fix) ?? []) uses.set(target, 0);
    if (uses.size === 0) return;
    for (const f of this.ctx.facts) {
      if (f.role !== "use" || f.value.t !== "tensor") continue;
      const n = uses.get(f.value);
      if (n !== undefined) uses.set(f.value, n + 1);
    }
    this.ctx.findings.forEach((finding, i) => {
      const kept = finding.fixes.filter((fix) => {
        return (FIX_TARGETS.get(fix) ?? []).every((target) => (uses.get(target) ?? 0) <= 1);
      });
      if (kept.length !== finding.fixes.length) this.ctx.findings[i] = { ...finding, fixes: kept };
    });
  }

  /** Facts are only kept for the analyzed file's own positions. */
  private fact(f: Fact): void {
    if (this.curFile === this.ctx.file) this.ctx.fact(f);
  }

  /** Runs a whole file: the top level, then every function, method and class on its own. */
  /** Whether unbound names may be the engine's and the host's globals (see FileIR.implicitGlobals). */
  private implicitGlobals = true;

  /** Whether empty arrays and objects are false (see FileIR.emptyIsFalse). */
  private emptyIsFalse = false;

  private truth(v: Value): boolean | null {
    return truth(v, this.emptyIsFalse);
  }

  /** Whether floating-point numbers are apart from integers (see FileIR.distinctFloats). */
  private distinctFloats = false;

  /** Whether `t[i]` indexes a tensor (see FileIR.indexableTensors). */
  private indexableTensors = false;

  run(body: readonly Stmt[], exportedDeclarations: readonly string[], semantics: { implicitGlobals?: boolean; emptyIsFalse?: boolean; distinctFloats?: boolean; indexableTensors?: boolean } = {}): void {
    this.distinctFloats = semantics.distinctFloats ?? false;
    this.indexableTensors = semantics.indexableTensors ?? false;
    this.implicitGlobals = semantics.implicitGlobals ?? true;
    this.emptyIsFalse = semantics.emptyIsFalse ?? false;
    const reassigned = new Set<string>();
    for (const st of body) {
      for (const n of namesOf(BOUND, st, collectBound)) this.boundNames.add(n);
      for (const n of namesOf(ASSIGNED, st, collectAssigned)) reassigned.add(n);
    }
    this.reassigned = reassigned;
    // Whether `torch`/`nn` are the engine's globals, and which names the file reassigns (unknown
    // in callbacks that may run at any time), depend on the whole file: when either changes,
    // nothing remembered is valid.
    this.memo?.beginRun(`${this.boundNames.has("torch")},${this.boundNames.has("nn")};${[...reassigned].sort().join(",")}`);
    const frame: Frame = { scope: this.moduleScope, self: null, returns: [], depth: 0, active: new Set() };
    try {
      this.hoist(body, frame);
      this.topLevel(body, frame);
      // What the top level registered to run later runs now, on the state it ended in.
      const later = [...this.deferred].sort((a, b) => a.phase - b.phase);
      for (const d of later) this.invoke(d.fn, d.args, frame);
      for (const name of exportedDeclarations) {
        const v = lookup(this.moduleScope, name);
        if (v) this.exportValue(name, v);
      }
      this.analyzeDeclarations(body, frame);
      for (const inst of this.pendingInstances.splice(0, 20)) this.unit(inst, () => this.analyzeMethods(inst));
      this.withdrawSharedFixes();
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
    } finally {
      if (this.memo) this.memo.journal = this.ctx.journal;
    }
  }

  /**
   * The file's statements in order, each a memoized unit (branches and loops too: see ForkedVars),
   * except imports and exports, which depend on other files or make this one's exports, and
   * function declarations, whose values are kept across runs anyway. A top-level `return`
   * (CommonJS scripts) just ends the file.
   */
  private topLevel(body: readonly Stmt[], frame: Frame): void {
    try {
      for (const s of body) {
        if (s.kind === "import" || s.kind === "export" || s.kind === "function") this.stmt(s, frame);
        else this.unit(s, () => this.stmt(s, frame));
      }
    } catch (e) {
      if (!(e instanceof ReturnSignal)) throw e;
    }
  }

  /** Functions and classes are visible before their declaration, as in JavaScript. */
  private hoist(body: readonly Stmt[], frame: Frame): void {
    for (const s of body) {
      if (s.kind === "function" && s.decl.name) frame.scope.vars.set(s.decl.name, this.topLevelFunction(s.decl, frame));
    }
  }

  /** A top-level function's value: the same object across analyses while its declaration is. */
  private topLevelFunction(decl: FunctionDecl, frame: Frame): FunctionValue {
    const memo = this.memo;
    if (!memo) return this.functionValue(decl, frame);
    let v = memo.functionValues.get(decl);
    if (!v) {
      v = this.functionValue(decl, frame);
      memo.functionValues.set(decl, v);
    }
    (v as { text: string }).text = this.text;
    return v;
  }

  private functionValue(decl: FunctionDecl, frame: Frame): FunctionValue {
    return { t: "function", decl, file: this.curFile, text: this.curText, scope: frame.scope, self: frame.self };
  }

  /** Each function and class analyzed once on its own, parameters symbolic. */
  private analyzeDeclarations(body: readonly Stmt[], frame: Frame): void {
    for (const s of body) {
      if (s.kind === "function") this.unit(s.decl, () => this.analyzeStandalone(s.decl, frame.scope, null));
      if (s.kind === "class") {
        this.unit(s.decl, () => {
          const cls = lookup(frame.scope, s.decl.name ?? "");
          if (cls && cls.t === "class" && cls.decl === s.decl) this.analyzeClass(cls);
        });
      }
    }
  }

  private analyzeStandalone(decl: FunctionDecl, scope: Scope, self: Value | null): void {
    if (this.analyzedFunctions.has(decl)) return;
    this.analyzedFunctions.add(decl);
    const fnScope = newScope(scope);
    for (const p of decl.params) this.bindParam(p, fnScope, null);
    this.runBody(decl, { scope: fnScope, self, returns: [], depth: 1, active: new Set([decl]) });
  }

  /** A class on its own: construct with symbolic parameters, then run each method on that instance. */
  private analyzeClass(cls: ClassValue): void {
    const inst = this.instantiate(cls, null, 1, new Set());
    this.analyzeMethods(inst);
  }

  private analyzeMethods(inst: InstanceValue): void {
    for (const { decl: m, cls } of allMethods(inst.cls)) {
      this.inFile(cls.file, cls.text, () => {
        const fnScope = newScope(cls.scope);
        for (const p of m.params) this.bindParam(p, fnScope, null);
        this.runBody(m, { scope: fnScope, self: inst, returns: [], depth: 1, active: new Set([m]) });
      });
      this.analyzedFunctions.add(m);
    }
  }

  /** Binds a parameter: the argument's value, else what its annotation or type says. */
  private bindParam(p: Param, scope: Scope, arg: Value | null, frame?: Frame): void {
    let v: Value;
    // A rest parameter holds the remaining arguments, or anything when analyzed on its own.
    if (p.rest) v = arg ?? UNKNOWN_VALUE;
    else if (arg && arg.t !== "unknown") v = arg;
    else if (p.shape) v = this.annotated(p.shape, frame ?? { scope, self: null, returns: [], depth: 1, active: new Set() });
    else if (arg && arg.t === "unknown" && arg.symbol) v = arg;
    else if (p.typeHint === "tensor") v = tensor(null);
    else if (p.defaultValue && !arg && frame) v = this.expr(p.defaultValue, frame);
    else if (p.pattern.kind === "bind" && (p.typeHint === "number" || p.typeHint === null)) {
      v = p.typeHint === "number" ? num(shapes.sym(p.pattern.name)) : { t: "unknown", symbol: p.pattern.name };
    } else v = UNKNOWN_VALUE;
    this.bindPattern(p.pattern, v, scope, true);
  }

  /** The tensor an `@shape` annotation declares; names not in scope become symbols. */
  private annotated(a: ShapeAnnotation, frame: Frame): Value {
    const dims = a.dims.map((e) => {
      if (e.kind === "name" && lookup(frame.scope, e.name) === undefined) return shapes.sym(e.name) as Dim;
      const v = this.expr(e, frame);
      if (v.t === "unknown" && e.kind === "member") return shapes.sym(this.sourceText(e.span));
      return asDim(v);
    });
    return tensor(dims, { file: this.curFile, sizeArgs: null, annotation: a.span });
  }

  private runBody(decl: FunctionDecl, frame: Frame): Value {
    try {
      this.block(decl.body, frame);
    } catch (e) {
      if (e instanceof ReturnSignal) {
        if (e.value) frame.returns.push(e.value);
      } else throw e;
    }
    if (frame.returns.length === 0) return NONE;
    return frame.returns.reduce((a, b) => join(a, b));
  }

  private block(body: readonly Stmt[], frame: Frame): void {
    for (const s of body) this.stmt(s, frame);
  }

  private stmt(s: Stmt, frame: Frame): void {
    this.ctx.step();
    switch (s.kind) {
      case "declare": {
        if (s.implicit) {
          // Declared by the language, not the source: no fact, and a name this scope already
          // has keeps its value.
          if (s.pattern.kind !== "bind") return;
          if (!s.init && frame.scope.vars.has(s.pattern.name)) return;
          frame.scope.vars.set(s.pattern.name, s.init ? this.expr(s.init, frame) : UNKNOWN_VALUE);
          return;
        }
        let v = s.init ? this.expr(s.init, frame) : UNKNOWN_VALUE;
        if (s.shape) v = this.annotated(s.shape, frame);
        this.bindPattern(s.pattern, v, frame.scope, true);
        return;
      }
      case "assign": {
        let v = this.expr(s.value, frame);
        if (s.shape) v = this.annotated(s.shape, frame);
        this.assignTarget(s.target, v, frame);
        return;
      }
      case "expression":
        this.expr(s.expr, frame);
        return;
      case "return": {
        const v = s.value ? this.expr(s.value, frame) : NONE;
        if (s.value && v.t === "tensor") this.fact({ span: s.value.span, role: "return", name: "return", value: v });
        throw new ReturnSignal(v);
      }
      case "if": {
        const test = this.truth(this.expr(s.test, frame));
        // A branch whose condition is known is the only one that runs: the other is dead code.
        if (test === true) return this.block(s.then, { ...frame, scope: newScope(frame.scope) });
        if (test === false) return this.block(s.else, { ...frame, scope: newScope(frame.scope) });
        this.fork(frame, [(f) => this.branch(s.then, f), (f) => this.branch(s.else, f)]);
        return;
      }
      case "loop":
        this.loop(s, frame);
        return;
      case "block":
        this.block(s.body, { ...frame, scope: newScope(frame.scope) });
        return;
      case "jump":
        // Outside a loop (a switch the analysis does not follow, or code that does not parse as
        // JavaScript runs it) a jump leaves nothing the analysis models.
        if (!frame.loop) return;
        if (s.label !== null) {
          // A labelled jump may leave loops other than the innermost: every enclosing loop is
          // summarised instead of followed iteration by iteration.
          for (let l: LoopControl | null = frame.loop; l; l = l.outer) l.uncertain = true;
          throw new JumpSignal("continue");
        }
        throw new JumpSignal(s.jump);
      case "function":
        if (s.decl.name) frame.scope.vars.set(s.decl.name, frame.scope === this.moduleScope ? this.topLevelFunction(s.decl, frame) : this.functionValue(s.decl, frame));
        return;
      case "class": {
        const superclass = s.decl.superclass ? this.expr(s.decl.superclass, frame) : NONE;
        const cls: ClassValue = { t: "class", decl: s.decl, file: this.curFile, text: this.curText, scope: frame.scope, superclass };
        if (s.decl.name) frame.scope.vars.set(s.decl.name, cls);
        return;
      }
      case "import":
        this.importStmt(s, frame);
        return;
      case "export": {
        if (s.from && this.isEngineModule(s.from)) {
          // A local module that re-exports the engine: what it exports is still the engine.
          for (const n of s.names) {
            if (n.exported === "*") for (const name of ENGINE_EXPORTS.keys()) this.exportValue(name, engineMember("", name));
            else this.exportValue(n.exported, n.local === "default" || n.local === "*" ? apiValue("") : engineMember("", n.local));
          }
        } else if (s.from) {
          const mod = this.resolveImport(this.ctx.file, s.from);
          for (const n of s.names) {
            if (n.exported === "*") mod?.forEach((v, k) => this.exportValue(k, v));
            else if (n.local === "*") {
              if (mod) this.exportValue(n.exported, { t: "object", props: new Map(mod), keySpans: new Map(), open: false });
            } else {
              const v = mod?.get(n.local);
              if (v) this.exportValue(n.exported, v);
            }
          }
        } else {
          for (const n of s.names) {
            const v = lookup(frame.scope, n.local);
            if (v) this.exportValue(n.exported, v);
          }
        }
        return;
      }
      case "opaque":
        // try/catch/finally, switch: each part may or may not run.
        for (const e of s.exprs) this.expr(e, frame);
        // An error raised where a handler may catch it is not the program's end: not reported.
        if (s.caught) this.quiet(() => this.fork(frame, [() => "normal", (f) => this.branch(s.body, f)]));
        else this.fork(frame, [() => "normal", (f) => this.branch(s.body, f)]);
        return;
    }
  }

  /** Runs statements in a block scope of their own; how they ended. A return's value is recorded in the frame. */
  private branch(body: readonly Stmt[], frame: Frame): Exit {
    try {
      this.block(body, { ...frame, scope: newScope(frame.scope) });
      return "normal";
    } catch (e) {
      if (e instanceof ReturnSignal) {
        if (e.value) frame.returns.push(e.value);
        return "return";
      }
      if (e instanceof JumpSignal) return e.jump;
      throw e;
    }
  }

  /**
   * Runs alternatives that may each be what happens (the branches of an unknown condition, a
   * loop's iteration that may not run), each from the same state; afterwards the variables and
   * the properties of objects hold the join of what the alternatives that go on left them. A
   * `break` or `continue` in some alternatives but not all makes the enclosing loop uncertain (it
   * is then summarised); when no alternative goes on, the leaving is signalled on.
   */
  private fork(frame: Frame, alternatives: readonly ((f: Frame) => Exit)[]): void {
    const before = frame.scope;
    const runs: { scope: Scope; exit: Exit; writes: HeapWrites }[] = [];
    for (const alt of alternatives) {
      const scope = cloneChain(before);
      const mark = this.heapLog.length;
      const errors = this.ctx.errorsReported;
      this.forks++;
      let exit: Exit;
      try {
        exit = alt({ ...frame, scope });
      } finally {
        this.forks--;
      }
      // A way that certainly raised stops there: what follows runs only on the others.
      if (this.ctx.errorsReported > errors) exit = "return";
      runs.push({ scope, exit, writes: this.undoHeapSince(mark) });
    }
    const goOn = runs.filter((r) => r.exit !== "return");
    const first = goOn[0];
    if (!first) throw new ReturnSignal(null);
    this.joinStates(before, goOn);
    if (goOn.every((r) => r.exit === first.exit) && first.exit !== "normal") throw new JumpSignal(first.exit === "break" ? "break" : "continue");
    if (goOn.some((r) => r.exit !== "normal") && frame.loop) frame.loop.uncertain = true;
  }

  /** Sets `target` (and the heap) to the join of several runs' end states. */
  private joinStates(target: Scope, runs: readonly { scope: Scope; writes: HeapWrites }[]): void {
    const [first, second, ...rest] = runs;
    if (!first) return;
    if (!second) copyChain(target, first.scope);
    else {
      joinInto(target, first.scope, second.scope);
      for (const r of rest) joinInto(target, target, r.scope);
    }
    const keys = new Map<Store, Set<string>>();
    for (const r of runs) {
      for (const [store, m] of r.writes) {
        let ks = keys.get(store);
        if (!ks) keys.set(store, (ks = new Set()));
        for (const k of m.keys()) ks.add(k);
      }
    }
    for (const [store, ks] of keys) {
      for (const k of ks) {
        const original = store.get(k);
        let joined: Value | undefined;
        runs.forEach((r, i) => {
          const m = r.writes.get(store);
          const v = m && m.has(k) ? m.get(k) : original;
          joined = i === 0 ? v : joined === undefined || v === undefined ? UNKNOWN_VALUE : join(joined, v);
        });
        if (joined !== original) this.writeStore(store, k, joined ?? UNKNOWN_VALUE);
      }
    }
  }

  /** Undoes the heap writes made since `mark`; returns what each written key held at the end. */
  private undoHeapSince(mark: number): HeapWrites {
    const out: HeapWrites = new Map();
    for (let i = mark; i < this.heapLog.length; i++) {
      const w = this.heapLog[i] as HeapWrite;
      let m = out.get(w.store);
      if (!m) out.set(w.store, (m = new Map()));
      m.set(w.key, w.store.get(w.key));
    }
    for (let i = this.heapLog.length - 1; i >= mark; i--) {
      const { store, key, had, prev } = this.heapLog[i] as HeapWrite;
      const now = store.get(key);
      const nowHad = store.has(key);
      this.ctx.mutate({ redo: () => (had ? store.set(key, prev as Value) : store.delete(key)), undo: () => (nowHad ? store.set(key, now as Value) : store.delete(key)) });
    }
    this.heapLog.length = mark;
    return out;
  }

  /** Writes a property of an object or a field of an instance, recorded for joins and for incremental replay. */
  private writeStore(store: Store, key: string, v: Value): void {
    const had = store.has(key);
    const prev = store.get(key);
    this.heapLog.push({ store, key, had, prev });
    this.ctx.mutate({ redo: () => store.set(key, v), undo: () => (had ? store.set(key, prev as Value) : store.delete(key)) });
  }

  /**
   * A loop. While its condition is known it is followed iteration by iteration, as it runs
   * (`break` and `continue` included), up to MAX_UNROLL iterations; a loop whose count is unknown
   * (or too large, or left by a jump that may or may not happen) is summarised: its body is run
   * on the join of the states it may start an iteration in until that state no longer changes,
   * then once more, reporting, on that state. Zero iterations are among the possibilities then.
   */
  private loop(s: Extract<Stmt, { kind: "loop" }>, outer: Frame): void {
    const frame: Frame = { ...outer, scope: newScope(outer.scope) };
    this.block(s.init, frame);
    const iterable = s.each ? this.expr(s.each.iterable, frame) : null;
    const items = iterable ? knownItems(iterable) : null;
    const control: LoopControl = { uncertain: false, outer: outer.loop ?? null };
    /** One iteration: the body, then the update (`t++`), which also runs after a `continue`. */
    const iteration = (f: Frame, item: Value | null): Exit => {
      const inner = newScope(f.scope);
      if (s.each) this.bindPattern(s.each.pattern, item ?? UNKNOWN_VALUE, inner, true);
      let exit: Exit = "normal";
      try {
        this.block(s.body, { ...f, scope: inner, loop: control });
      } catch (e) {
        if (!(e instanceof JumpSignal)) throw e;
        exit = e.jump;
      }
      if (exit !== "break") this.block(s.update, f);
      return exit;
    };
    const item = iterable ? iterationItem(iterable) : null;
    const rest = (f: Frame): Exit => {
      if (s.test && this.truth(this.expr(s.test, f)) === false) return "normal";
      return iteration(f, item);
    };
    if (!s.each || items) {
      for (let i = 0; ; i++) {
        const go = items ? i < items.length : s.test ? this.truth(this.expr(s.test, frame)) : true;
        if (go === false) return;
        if (go === null || i === MAX_UNROLL) break;
        const errors = this.ctx.findings.length;
        if (iteration(frame, items ? (items[i] as Value) : null) === "break") return;
        if (this.ctx.findings.slice(errors).some((f) => f.severity === "error")) {
          // The run stops at that error: later iterations are not reached. What follows the
          // loop is still checked, on a state that covers any number of further iterations.
          this.quiet(() => this.summarize(frame, rest));
          return;
        }
        if (control.uncertain) break;
      }
    }
    this.summarize(frame, rest);
  }

  /** Zero or more runs of `once`, to a fixed point of the state they start in; the last run reports. */
  private summarize(frame: Frame, once: (f: Frame) => Exit): void {
    const alternatives = [
      (): Exit => "normal",
      (f: Frame): Exit => {
        try {
          once(f);
        } catch (e) {
          // A return or a jump under an unknown condition ends the iteration, which may not happen.
          if (e instanceof JumpSignal) return "normal";
          if (e instanceof ReturnSignal) {
            if (e.value) frame.returns.push(e.value);
            return "normal";
          }
          throw e;
        }
        return "normal";
      },
    ];
    for (let pass = 0; pass < 4; pass++) {
      const before = chainValues(frame.scope);
      this.quiet(() => this.fork(frame, alternatives));
      const changed = chainEntries(frame.scope).filter(([sc, k, v]) => !sameValue(before.get(sc)?.get(k), v));
      if (changed.length === 0) break;
      // What still changes after a few passes is not followed further.
      if (pass === 3) for (const [sc, k] of changed) sc.vars.set(k, UNKNOWN_VALUE);
    }
    this.fork(frame, alternatives);
  }

  /** Evaluates without reporting (the loop's probe pass: its state is not the one that runs). */
  private quiet<T>(f: () => T): T {
    const mark = this.ctx.checkpoint();
    try {
      return f();
    } finally {
      this.ctx.rollback(mark);
    }
  }

  private isEngineModule(specifier: string): boolean {
    if (this.options.engineModules.includes(specifier)) return true;
    // Without the workspace's resolution, the engine's name is the engine; with it, the name may
    // lead to a module of the project instead (a `paths` alias, a folder under `baseUrl`).
    if (!this.options.isEngineImport) return specifier === "rnnlens";
    // Where an import leads is the workspace's, like another file's exports: not remembered.
    this.impure++;
    return this.options.isEngineImport(this.ctx.file, specifier);
  }

  private importStmt(s: Extract<Stmt, { kind: "import" }>, frame: Frame): void {
    const isEngine = this.isEngineModule(s.module);
    const mod = isEngine ? null : this.resolveImport(this.ctx.file, s.module);
    for (const b of s.bindings) {
      let v: Value = UNKNOWN_VALUE;
      if (isEngine) {
        if (b.imported === "*" || b.imported === "default") v = apiValue("");
        else {
          // A name the engine exports (`LSTM`), or a dotted path in it (`nn.LSTM`, `torch.zeros`).
          const path = ENGINE_EXPORTS.get(b.imported) ?? (b.imported.includes(".") ? b.imported : null);
          v = path ? apiValue(path) : UNKNOWN_VALUE;
        }
      } else if (mod) {
        if (b.imported === "*") v = { t: "object", props: new Map(mod), keySpans: new Map(), open: false };
        else v = mod.get(b.imported) ?? UNKNOWN_VALUE;
      }
      frame.scope.vars.set(b.local, v);
      this.fact({ span: b.span, role: "declaration", name: b.local, value: v });
    }
  }

  private bindPattern(p: Pattern, v: Value, scope: Scope, declare: boolean): void {
    switch (p.kind) {
      case "bind":
        if (declare) scope.vars.set(p.name, v);
        else assignVar(scope, p.name, v);
        this.fact({ span: p.span, role: "declaration", name: p.name, value: v });
        return;
      case "arrayPattern":
        p.elements.forEach((el, i) => {
          if (!el) return;
          this.bindPattern(el, elementOf(v, i), scope, declare);
        });
        return;
      case "objectPattern":
        for (const prop of p.properties) {
          // `const { nn } = rl`, `const { LSTM } = nn`: members of the engine.
          const member = v.t === "object" ? (v.props.get(prop.key) ?? UNKNOWN_VALUE) : v.t === "instance" ? (v.fields.get(prop.key) ?? UNKNOWN_VALUE) : v.t === "api" ? engineMember(v.path, prop.key) : UNKNOWN_VALUE;
          this.bindPattern(prop.value, member, scope, declare);
        }
        return;
      case "ignore":
        return;
    }
  }

  private assignTarget(target: Expr | Pattern, v: Value, frame: Frame): void {
    if (target.kind === "arrayPattern" || target.kind === "objectPattern" || target.kind === "bind" || target.kind === "ignore") {
      this.bindPattern(target, v, frame.scope, false);
      return;
    }
    if (target.kind === "name") {
      assignVar(frame.scope, target.name, v);
      this.fact({ span: target.span, role: "declaration", name: target.name, value: v });
      return;
    }
    if (target.kind === "member") {
      // CommonJS: `module.exports = { ... }`, `exports.model = ...`.
      if (target.object.kind === "name" && target.object.name === "module" && target.property === "exports" && !this.boundNames.has("module")) {
        if (v.t === "object") for (const [k, x] of objectEntries(v)) this.exportValue(k, x);
        // `module.exports = require("rnnlens")`: the engine, re-exported.
        else if (v.t === "api" && v.path === "") for (const name of ENGINE_EXPORTS.keys()) this.exportValue(name, engineMember("", name));
        return;
      }
      const exportsObject = (target.object.kind === "name" && target.object.name === "exports") || (target.object.kind === "member" && target.object.property === "exports" && target.object.object.kind === "name" && target.object.object.name === "module");
      if (exportsObject && !this.boundNames.has("exports") && !this.boundNames.has("module")) {
        this.exportValue(target.property, v);
        return;
      }
      const obj = this.expr(target.object, frame);
      if (obj.t === "instance" || obj.t === "object") {
        this.writeStore(obj.t === "instance" ? obj.fields : obj.props, target.property, v);
        this.fact({ span: target.propertySpan, role: "member", name: this.sourceText(target.span), value: v });
      }
      return;
    }
    if (target.kind === "index") {
      // `outputs[t] = h` changes the array in place; `cfg[key] = v` any property.
      this.forgetArray(target.object, frame);
      const obj = this.expr(target.object, frame);
      const idx = this.expr(target.index, frame);
      const key = idx.t === "str" && idx.value !== null ? idx.value : idx.t === "num" && typeof idx.dim === "number" ? String(idx.dim) : null;
      if (obj.t === "object" || obj.t === "instance") {
        if (key === null) this.havoc(obj);
        else this.writeStore(obj.t === "instance" ? obj.fields : obj.props, key, v);
      }
      return;
    }
    this.expr(target, frame);
  }

  expr(e: Expr, frame: Frame): Value {
    this.ctx.step();
    switch (e.kind) {
      case "number":
        return num(e.value);
      case "string":
        return { t: "str", value: e.value };
      case "boolean":
        return { t: "bool", value: e.value };
      case "nullish":
        return NONE;
      case "this":
        return frame.self ?? UNKNOWN_VALUE;
      case "name": {
        const v = lookup(frame.scope, e.name) ?? this.global(e.name);
        this.fact({ span: e.span, role: "use", name: e.name, value: v });
        return v;
      }
      case "member":
        return this.member(e, frame);
      case "index":
        return this.index(e, frame);
      case "slice":
      case "ellipsis":
        // Only meaningful as an index (see index()).
        return UNKNOWN_VALUE;
      case "builtin":
        return this.builtin(e, frame);
      case "call":
        return this.call(e, frame);
      case "new":
        return this.construct(e, frame);
      case "array": {
        const items = this.args(e.elements, frame);
        if (!items) return UNKNOWN_VALUE;
        return { t: "tuple", items: items.map((a) => a.value), spans: items.map((a) => (a.expr.kind === "spread" ? null : a.expr.span)) };
      }
      case "object": {
        const props = new Map<string, Value>();
        const keySpans = new Map<string, Span>();
        let open = e.open;
        for (const p of e.properties) {
          const v = this.expr(p.value, frame);
          if (p.key !== null) {
            props.set(p.key, v);
            keySpans.set(p.key, p.keySpan);
          } else if (v.t === "object") {
            // `{ ...hp, dropout: 0.1 }`: the spread's keys at its place; later keys override them.
            for (const [k, x] of objectEntries(v)) props.set(k, x);
            if (isOpenObject(v)) {
              for (const k of props.keys()) props.set(k, UNKNOWN_VALUE);
              open = true;
            }
          } else if (v.t !== "none") {
            // A spread of something unknown may set any key written before it.
            for (const k of props.keys()) props.set(k, UNKNOWN_VALUE);
            open = true;
          }
        }
        return { t: "object", props, keySpans, open };
      }
      case "spread":
        this.expr(e.expr, frame);
        return UNKNOWN_VALUE;
      case "binary":
        return this.binary(e, frame);
      case "unary": {
        const v = this.expr(e.operand, frame);
        if (e.op === "-" && (v.t === "num" || (v.t === "unknown" && v.symbol))) return num(shapes.neg(asDim(v)));
        if (e.op === "+") return v.t === "num" ? v : UNKNOWN_VALUE;
        if (e.op === "!") {
          const t = this.truth(v);
          return { t: "bool", value: t === null ? null : !t };
        }
        return UNKNOWN_VALUE;
      }
      case "conditional": {
        // Only the side a known condition picks runs; otherwise either may.
        const test = this.truth(this.expr(e.test, frame));
        if (test !== null) return this.expr(test ? e.then : e.else, frame);
        return this.either(frame, e.then, e.else);
      }
      case "function":
        return this.functionValue(e.fn, frame);
      case "opaque":
        for (const p of e.parts) this.expr(p, frame);
        return UNKNOWN_VALUE;
    }
  }

  /** `torch` and `nn` used without any binding in the file are the engine (scripts). */
  private global(name: string): Value {
    if (this.boundNames.has(name) || !this.implicitGlobals) return UNKNOWN_VALUE;
    if (name === "torch" || name === "nn" || KNOWN_GLOBALS.has(name)) return apiValue(name);
    return UNKNOWN_VALUE;
  }

  private member(e: Extract<Expr, { kind: "member" }>, frame: Frame): Value {
    const obj = this.expr(e.object, frame);
    const v = this.memberOf(obj, e.property, e);
    if (e.object.kind === "this" || v.t === "module" || v.t === "tensor") {
      this.fact({ span: e.propertySpan, role: "member", name: this.sourceText(e.span), value: v });
    }
    return v;
  }

  private memberOf(obj: Value, property: string, e: Extract<Expr, { kind: "member" }>): Value {
    switch (obj.t) {
      case "api":
        return engineMember(obj.path, property);
      case "instance": {
        const f = obj.fields.get(property);
        if (f) return f;
        const m = findMethod(obj.cls, property);
        if (m) return { t: "function", decl: m.decl, file: m.cls.file, text: m.cls.text, scope: m.cls.scope, self: obj };
        // A module's own `model.to(device)`, `model.eval()`: the model itself.
        if (SELF_RETURNING.has(property)) return { t: "method", receiver: obj, name: property };
        return UNKNOWN_VALUE;
      }
      case "object":
        return obj.props.get(property) ?? UNKNOWN_VALUE;
      case "tensor":
        if (property === "shape") {
          if (!obj.shape) return UNKNOWN_VALUE;
          const text = this.sourceText(e.object.span);
          return { t: "tuple", items: obj.shape.map((_, i) => sizeOf(this.ctx, obj, i, text)), spans: null };
        }
        return { t: "method", receiver: obj, name: property };
      case "module":
        if (obj.features && (property === "inFeatures" || property === "embeddingDim" || property === "outFeatures" || property === "numEmbeddings")) {
          return num(property === "inFeatures" || property === "numEmbeddings" ? obj.features.inFeatures : obj.features.outFeatures);
        }
        if (obj.config) {
          const c = obj.config;
          const fields: Record<string, Value> = {
            inputSize: num(c.inputSize),
            hiddenSize: num(c.hiddenSize),
            numLayers: num(c.numLayers),
            projSize: num(c.projSize),
            batchFirst: { t: "bool", value: c.batchFirst },
            bidirectional: { t: "bool", value: c.bidirectional },
          };
          // PyTorch's own attribute names.
          const snake: Record<string, string> = { input_size: "inputSize", hidden_size: "hiddenSize", num_layers: "numLayers", proj_size: "projSize", batch_first: "batchFirst" };
          const f = fields[snake[property] ?? property];
          if (f) return f;
        }
        if (obj.features && (property === "in_features" || property === "num_embeddings")) return num(obj.features.inFeatures);
        if (obj.features && (property === "out_features" || property === "embedding_dim")) return num(obj.features.outFeatures);
        // Another attribute (weights, flags): not a method the analysis knows, so not known at all.
        if (!MODULE_METHODS.has(property) && !SELF_RETURNING.has(property)) return UNKNOWN_VALUE;
        return { t: "method", receiver: obj, name: property };
      case "tuple":
        if (property === "length") return num(obj.items.length);
        return { t: "method", receiver: obj, name: property };
      case "promise":
      case "map":
        return { t: "method", receiver: obj, name: property };
      case "class":
        return UNKNOWN_VALUE;
      case "unknown":
        // `x.view(5, -1, 4)` of a value not known to be a tensor: were it anything else, the code
        // would not run; as a tensor its shape is what the sizes say.
        return property === "view" || property === "reshape" ? { t: "method", receiver: tensor(null), name: property } : UNKNOWN_VALUE;
      default:
        return UNKNOWN_VALUE;
    }
  }

  /**
   * Evaluates argument expressions; a spread of a known array adds its items. Null when a spread
   * of something unknown makes the arguments past it (and so their count) unknowable.
   */
  private args(list: readonly Expr[], frame: Frame): Arg[] | null {
    const out: Arg[] = [];
    let known = true;
    for (const x of list) {
      if (x.kind !== "spread") {
        out.push({ value: this.expr(x, frame), expr: x });
        continue;
      }
      const v = this.expr(x.expr, frame);
      if (v.t === "tuple" && known) for (const item of v.items) out.push({ value: item, expr: x });
      else known = false;
    }
    return known ? out : null;
  }

  /** Named arguments, evaluated in order; null when the call has none. */
  private keywords(e: Extract<Expr, { kind: "call" }>, frame: Frame): { named: Map<string, Arg>; open: boolean } | null {
    if (!e.keywords || e.keywords.length === 0) return null;
    const named = new Map<string, Arg>();
    let open = false;
    for (const k of e.keywords) {
      const value = this.expr(k.value, frame);
      if (k.name !== null) {
        named.set(k.name, { value, expr: k.value });
        continue;
      }
      // `**cfg`: its keys when the mapping is known, else any parameter may be set.
      if (value.t === "object" && !isOpenObject(value)) for (const [key, v] of objectEntries(value)) named.set(key, { value: v, expr: k.value });
      else open = true;
    }
    return { named, open };
  }

  /** A call with named arguments: each in its parameter's place, or an unknown result when that cannot be done. */
  private callWithKeywords(callee: Value, e: Extract<Expr, { kind: "call" }>, positional: Arg[], kw: { named: Map<string, Arg>; open: boolean }, frame: Frame): Value {
    const site = this.site(e.span, frame);
    const unknown = (): Value => {
      this.unknownCall(callee, [...positional, ...kw.named.values()].map((a) => a.value), frame);
      return UNKNOWN_VALUE;
    };
    if (kw.open) return unknown();
    if (callee.t === "api") {
      const path = callee.path;
      const ctor = moduleConstructor(path);
      if (ctor && RECURRENT_KINDS.has(ctor)) {
        // The engine reads a recurrent module's options as PyTorch's keywords, and rejects
        // unexpected ones with PyTorch's TypeError.
        const properties = [...(e.keywords ?? [])].flatMap((k) => (k.name !== null ? [{ key: k.name, value: k.value, keySpan: k.span }] : []));
        const options: Arg = {
          value: { t: "object", props: new Map([...kw.named].map(([k, a]) => [k, a.value])), keySpans: new Map(properties.map((p) => [p.key, p.keySpan])), open: false },
          expr: { kind: "object", properties, open: false, span: site.span },
        };
        return constructModule(ctor, [...positional, options], site);
      }
      const params = ctor
        ? MODULE_PARAMETERS[ctor]
        : path.startsWith("torch.")
          ? (TORCH_PARAMETERS[path.slice(6)] ?? (FACTORIES.has(path.slice(6)) ? [] : undefined))
          : path.startsWith("nn.utils.rnn.")
            ? PACKING_PARAMETERS[path.slice("nn.utils.rnn.".length)]
            : undefined;
      if (!params) return unknown();
      const placed = placeArguments(params, positional, kw.named);
      if (!placed) return unknown();
      return this.callApi(path, e, placed, frame, site);
    }
    if (callee.t === "method" && callee.receiver.t === "tensor") {
      const params = TENSOR_METHOD_PARAMETERS[callee.name] ?? (SAME_SHAPE_METHODS.has(callee.name) ? [] : undefined);
      const placed = params ? placeArguments(params, positional, kw.named) : null;
      if (!placed) return unknown();
      const receiverText = e.callee.kind === "member" ? this.sourceText(e.callee.object.span) : "tensor";
      return tensorMethod(callee.receiver, callee.name, placed, site, receiverText);
    }
    if (callee.t === "module" || (callee.t === "method" && callee.receiver.t === "module" && callee.name === "forward")) {
      const placed = placeArguments(MODULE_CALL_PARAMETERS, positional, kw.named);
      if (!placed) return unknown();
      return this.callObject(callee, e, placed, frame, site) ?? unknown();
    }
    const fn = this.callableFunction(callee);
    if (fn) {
      const args = orderArguments(fn.decl, positional.map((a) => a.value), kw.named);
      if (callee.t === "class") return this.newInstance(callee, args, frame, e.span);
      return this.invoke(fn.value, args, frame, e.span);
    }
    if (callee.t === "class") return this.newInstance(callee, null, frame, e.span);
    return unknown();
  }

  /** The function a call runs: a function, a class's constructor (its own or inherited), an instance's forward. */
  private callableFunction(callee: Value): { decl: FunctionDecl; value: FunctionValue } | null {
    if (callee.t === "function") return { decl: callee.decl, value: callee };
    if (callee.t === "class") {
      for (let c: ClassValue | null = callee; c; c = c.superclass.t === "class" ? c.superclass : null) {
        const ctor = c.decl.constructorDecl;
        if (ctor) return { decl: ctor, value: { t: "function", decl: ctor, file: c.file, text: c.text, scope: c.scope, self: null } };
      }
      return null;
    }
    if (callee.t === "instance") {
      const m = findMethod(callee.cls, "__call__") ?? findMethod(callee.cls, "forward");
      if (m) return { decl: m.decl, value: { t: "function", decl: m.decl, file: m.cls.file, text: m.cls.text, scope: m.cls.scope, self: callee } };
    }
    return null;
  }

  /**
   * Calling what is not a function: a class builds an instance, an engine module runs its
   * forward pass, an instance its `forward` (a module's `__call__`). Null for anything else.
   */
  private callObject(callee: Value, e: Extract<Expr, { kind: "call" }>, args: readonly Arg[], frame: Frame, site: CallSite): Value | null {
    if (callee.t === "class") return this.newInstance(callee, args.map((a) => a.value), frame, e.span);
    if (callee.t === "method" && callee.receiver.t === "module" && callee.name === "forward") return this.forward(callee.receiver, e, args, site);
    if (callee.t === "module") return this.forward(callee, e, args, site);
    if (callee.t === "instance") {
      const fn = this.callableFunction(callee);
      return fn ? this.invoke(fn.value, args.map((a) => a.value), frame, e.span) : null;
    }
    return null;
  }

  /** An engine module's forward pass, with the fact hovers and Run Cell read. */
  private forward(m: ModuleValue, e: Extract<Expr, { kind: "call" }>, args: readonly Arg[], site: CallSite): Value {
    const result = callModule(m, args, site);
    this.fact({ span: e.span, role: "call", name: this.sourceText(e.callee.span), value: result, module: m, args: args.map((a) => a.value) });
    return result;
  }

  /** A new instance of a user class (`new Model(...)`, or calling the class). */
  private newInstance(cls: ClassValue, args: readonly Value[] | null, frame: Frame, span: Span): Value {
    const inst = this.instantiate(cls, args, frame.depth + 1, frame.active, span);
    if (args && args.length > 0 && args.every((a) => a !== undefined && (a.t === "num" || a.t === "bool" || a.t === "str" || a.t === "object"))) this.pendingInstances.push(inst);
    return inst;
  }

  /** `x[i]`, `out[:, -1, :]`, `cfg["hidden"]`. */
  private index(e: Extract<Expr, { kind: "index" }>, frame: Frame): Value {
    const obj = this.expr(e.object, frame);
    // The engine's TypeScript tensors have no `t[i]` (it is undefined there; code uses select).
    if (obj.t === "tensor") {
      if (this.indexableTensors) return this.indexTensor(obj, e.index, frame);
      this.expr(e.index, frame);
      return UNKNOWN_VALUE;
    }
    if (e.index.kind === "slice") {
      const bounds = this.sliceBounds(e.index, frame);
      if (obj.t !== "tuple" || !bounds) return UNKNOWN_VALUE;
      const r = sliceRange(obj.items.length, bounds);
      return r ? { t: "tuple", items: obj.items.slice(r.start, r.stop).filter((_, k) => k % r.step === 0), spans: null } : UNKNOWN_VALUE;
    }
    const idx = this.expr(e.index, frame);
    const i = idx.t === "num" && typeof idx.dim === "number" ? idx.dim : null;
    if (obj.t === "tuple") return i === null ? UNKNOWN_VALUE : (obj.items[i < 0 ? obj.items.length + i : i] ?? UNKNOWN_VALUE);
    if (obj.t === "object" && idx.t === "str" && idx.value !== null && !isOpenObject(obj)) return obj.props.get(idx.value) ?? UNKNOWN_VALUE;
    // The engine's tensors have no `t[i]` in JavaScript (code uses select); other objects'
    // entries are not followed.
    return UNKNOWN_VALUE;
  }

  /** A slice's bounds: numbers, null where omitted; null when one is not a known integer. */
  private sliceBounds(e: Extract<Expr, { kind: "slice" }>, frame: Frame): { start: number | null; stop: number | null; step: number | null } | null {
    const bound = (x: Expr | null): number | null | undefined => {
      if (!x) return null;
      const v = this.expr(x, frame);
      if (v.t === "none") return null;
      return v.t === "num" && typeof v.dim === "number" && Number.isInteger(v.dim) ? v.dim : undefined;
    };
    const start = bound(e.start);
    const stop = bound(e.stop);
    const step = bound(e.step);
    if (start === undefined || stop === undefined || step === undefined) return null;
    return { start, stop, step };
  }

  /**
   * Basic indexing of a tensor: integers remove a dim, slices keep it (sized when the bounds
   * are known), `None` adds a dim of 1, `...` stands for the dims not indexed otherwise. Anything
   * else (a tensor or list index) and any index PyTorch may refuse give an unknown shape: the
   * analysis reports nothing about indexing.
   */
  private indexTensor(t: TensorValue, index: Expr, frame: Frame): Value {
    const items = index.kind === "array" ? index.elements : [index];
    const shape = t.shape;
    for (const x of items) if (x.kind !== "slice" && x.kind !== "ellipsis") this.expr(x, frame);
    if (!shape) return tensor(null);
    type Item = { kind: "int"; value: number } | { kind: "slice"; bounds: { start: number | null; stop: number | null; step: number | null } | null } | { kind: "new" } | { kind: "rest" };
    const parsed: Item[] = [];
    for (const x of items) {
      if (x.kind === "ellipsis") parsed.push({ kind: "rest" });
      else if (x.kind === "slice") parsed.push({ kind: "slice", bounds: this.sliceBounds(x, frame) });
      else if (x.kind === "nullish") parsed.push({ kind: "new" });
      else {
        const v = this.expr(x, frame);
        if (v.t === "num" && typeof v.dim === "number" && Number.isInteger(v.dim)) parsed.push({ kind: "int", value: v.dim });
        else if (v.t === "num" && v.dim !== null && typeof v.dim !== "number") parsed.push({ kind: "int", value: Number.NaN });
        else return tensor(null);
      }
    }
    const consumed = parsed.filter((p) => p.kind === "int" || p.kind === "slice").length;
    if (consumed > shape.length || parsed.filter((p) => p.kind === "rest").length > 1) return tensor(null);
    const out: Dim[] = [];
    let d = 0;
    for (const p of parsed) {
      if (p.kind === "new") out.push(1);
      else if (p.kind === "rest") {
        const n = shape.length - consumed;
        for (let k = 0; k < n; k++) out.push(shape[d++] as Dim);
      } else if (p.kind === "int") {
        const size = shape[d++] as Dim;
        if (typeof size === "number" && !Number.isNaN(p.value) && (p.value >= size || p.value < -size)) {
          // PyTorch's IndexError, at the index (the dim is counted in the result so far).
          const at = items[parsed.indexOf(p)] ?? index;
          // PyTorch counts the dim among the indexed tensor's, with the dims `None` added.
          const intsBefore = parsed.slice(0, parsed.indexOf(p)).filter((q) => q.kind === "int").length;
          const message = shapes.indexOutOfBoundsMessage(p.value, out.length + intsBefore, size);
          this.ctx.report({ file: this.curFile, span: at.span, code: "shape-op-invalid", severity: severityOf("shape-op-invalid"), message, related: [], fixes: [] });
          return tensor(null);
        }
      } else {
        const size = shape[d++] as Dim;
        const r = p.bounds && typeof size === "number" ? sliceRange(size, p.bounds) : null;
        if (r) out.push(Math.max(0, Math.ceil((r.stop - r.start) / r.step)));
        else if (p.bounds && p.bounds.start === null && p.bounds.stop === null && (p.bounds.step === null || p.bounds.step === 1)) out.push(size);
        else out.push(shapes.UNKNOWN);
      }
    }
    while (d < shape.length) out.push(shape[d++] as Dim);
    return tensor(out);
  }

  /** `len(x)`, `int(x)`. */
  private builtin(e: Extract<Expr, { kind: "builtin" }>, frame: Frame): Value {
    const args = e.args.map((a) => this.expr(a, frame));
    const v = args[0];
    if (!v) return UNKNOWN_VALUE;
    if (e.op === "length") {
      if (v.t === "tuple") return num(v.items.length);
      if (v.t === "str" && v.value !== null) return num(v.value.length);
      if (v.t === "tensor" && v.shape && v.shape.length > 0) return sizeOf(this.ctx, v, 0, this.sourceText((e.args[0] as Expr).span));
      return UNKNOWN_VALUE;
    }
    if (e.op === "float") {
      if (v.t !== "num" || typeof v.dim !== "number") return UNKNOWN_VALUE;
      return Number.isInteger(v.dim) ? { t: "num", dim: v.dim, float: true } : v;
    }
    if (v.t === "num" && typeof v.dim === "number") return num(Math.trunc(v.dim));
    if (v.t === "num" && v.dim !== null) return v;
    if (v.t === "bool" && v.value !== null) return num(v.value ? 1 : 0);
    return UNKNOWN_VALUE;
  }

  private call(e: Extract<Expr, { kind: "call" }>, frame: Frame): Value {
    const callee = this.expr(e.callee, frame);
    const positional = this.args(e.args, frame);
    const keywords = this.keywords(e, frame);
    // Arguments by parameter name: to the parameters of what is called.
    if (keywords && positional) return this.callWithKeywords(callee, e, positional, keywords, frame);
    const args = keywords === null ? positional : null;
    // `maybe?.forward(x)` on null or undefined calls nothing.
    if (e.optional && callee.t === "none") return NONE;
    // Fix: `outputs.push(h)` changes the array: what was known of it (`const outputs = []`, no
    // elements) no longer holds, or torch.stack(outputs) would be "empty".
    if (e.callee.kind === "member" && ARRAY_MUTATORS.has(e.callee.property)) this.forgetArray(e.callee.object, frame);
    const site = this.site(e.span, frame);
    if (!args) {
      // Arguments past a spread of something unknown: nothing can be checked, and what the call
      // reaches may change.
      this.unknownCall(callee, [], frame);
      return callee.t === "api" && callee.path.startsWith("torch.") ? tensor(null) : UNKNOWN_VALUE;
    }
    if (callee.t === "api") return this.callApi(callee.path, e, args, frame, site);
    if (callee.t === "method") {
      const r = callee.receiver;
      if (r.t === "tensor") {
        const receiverText = e.callee.kind === "member" ? this.sourceText(e.callee.object.span) : "tensor";
        return tensorMethod(r, callee.name, args, site, receiverText);
      }
      if (r.t === "module" && callee.name === "forward") return this.forward(r, e, args, site);
      if ((r.t === "module" || r.t === "instance") && SELF_RETURNING.has(callee.name)) return r;
      if (r.t === "module") return UNKNOWN_VALUE;
      if (r.t === "tuple" && ARRAY_CALLBACKS.has(callee.name)) return this.arrayCallback(r, callee.name, args, frame);
      if (r.t === "promise" && PROMISE_CALLBACKS.has(callee.name)) {
        this.later(args, frame, callee.name === "then" ? [r.value] : [], 0);
        return { t: "promise", value: UNKNOWN_VALUE };
      }
      if (r.t === "map") return this.mapMethod(r, callee.name, args);
    }
    if (callee.t === "function") return this.invoke(callee, args.map((a) => a.value), frame, e.span);
    const called = this.callObject(callee, e, args, frame, site);
    if (called) return called;
    this.unknownCall(callee, args.map((a) => a.value), frame);
    return UNKNOWN_VALUE;
  }

  /** `torch.*`, `Math.*`, `Object.assign`, timers and test frameworks. */
  private callApi(path: string, e: Extract<Expr, { kind: "call" }>, args: readonly Arg[], frame: Frame, site: CallSite): Value {
    if (path.startsWith("torch.")) return callTorch(path.slice(6), args, site);
    // A module class called (a language without `new`): its constructor.
    const ctor = moduleConstructor(path);
    if (ctor) return constructModule(ctor, args, site);
    // Containers of modules: a list (`nn.ModuleList([...])`) or a dict of them is the same list
    // or dict; indexing and iterating them reach the modules.
    if (path === "nn.ModuleList" || path === "nn.ModuleDict") {
      const v = args[0]?.value;
      return v && (v.t === "tuple" || v.t === "object") && args.length === 1 ? v : UNKNOWN_VALUE;
    }
    if (path.startsWith("nn.utils.rnn.")) return callPacking(path.slice("nn.utils.rnn.".length), args);
    if (path === "Math.floor" || path === "Math.trunc") return this.floorOf(e.args[0], frame, args[0]);
    if (path === "Object.assign") {
      const [target, ...sources] = args.map((a) => a.value);
      if (target && (target.t === "object" || target.t === "instance")) {
        const store = target.t === "object" ? target.props : target.fields;
        for (const src of sources) {
          if (src.t === "object") {
            for (const [k, v] of objectEntries(src)) this.writeStore(store, k, v);
            if (isOpenObject(src)) this.havoc(target);
          } else if (src.t !== "none") this.havoc(target);
        }
      }
      return target ?? UNKNOWN_VALUE;
    }
    if (path === "require") {
      // `require("...")` where it is not a declaration's whole value (those are imports).
      const spec = args[0]?.value;
      if (!spec || spec.t !== "str" || spec.value === null) return UNKNOWN_VALUE;
      if (this.isEngineModule(spec.value)) return apiValue("");
      const mod = this.resolveImport(this.ctx.file, spec.value);
      return mod ? { t: "object", props: new Map(mod), keySpans: new Map(), open: false } : UNKNOWN_VALUE;
    }
    if (path === "Promise.resolve") return { t: "promise", value: args[0]?.value ?? NONE };
    if (DEFERRING.has(path)) {
      // Microtasks run first, then timers, then a test framework's tests.
      this.later(args, frame, [], path === "queueMicrotask" || path === "process.nextTick" ? 0 : path.startsWith("set") ? 1 : 2);
      return UNKNOWN_VALUE;
    }
    if (path === "describe") {
      // A suite's body runs at once, when the file loads.
      for (const a of args) if (a.value.t === "function") this.invoke(a.value, [], frame);
      return UNKNOWN_VALUE;
    }
    if (PURE_APIS.has(path.split(".")[0] as string)) return UNKNOWN_VALUE;
    this.unknownCall(apiValue(path), args.map((a) => a.value), frame);
    return UNKNOWN_VALUE;
  }

  /** `xs.forEach(f)`, `xs.map(f)`, ... on an array whose items are known: `f` runs on each, in order. */
  private arrayCallback(r: Extract<Value, { t: "tuple" }>, name: string, args: readonly Arg[], frame: Frame): Value {
    const fn = args[0]?.value;
    if (!fn || fn.t !== "function") {
      this.unknownCall(UNKNOWN_VALUE, args.map((a) => a.value), frame);
      return UNKNOWN_VALUE;
    }
    if (name === "forEach" || name === "map") {
      const results = r.items.map((item, i) => this.invoke(fn, [item, num(i), r], frame));
      return name === "map" ? { t: "tuple", items: results, spans: null } : NONE;
    }
    // filter/some/every/find...: how many items the callback sees is not known.
    this.maybeCallback(fn, [iterationItem(r), num(shapes.UNKNOWN), r], frame);
    return UNKNOWN_VALUE;
  }

  /** `new Map()` with keys known: get/set/has. */
  private mapMethod(m: Extract<Value, { t: "map" }>, name: string, args: readonly Arg[]): Value {
    const key = args[0]?.value;
    const k = key && key.t === "str" && key.value !== null ? key.value : key && key.t === "num" && typeof key.dim === "number" ? String(key.dim) : null;
    if (name === "set") {
      if (k === null) this.writeStore(m.entries, OPEN_KEY, UNKNOWN_VALUE);
      else this.writeStore(m.entries, k, args[1]?.value ?? NONE);
      return m;
    }
    if (name === "get") return k !== null && !m.entries.has(OPEN_KEY) ? (m.entries.get(k) ?? NONE) : UNKNOWN_VALUE;
    if (name === "has") return k !== null && !m.entries.has(OPEN_KEY) ? { t: "bool", value: m.entries.has(k) } : { t: "bool", value: null };
    if (name === "delete" || name === "clear") this.writeStore(m.entries, OPEN_KEY, UNKNOWN_VALUE);
    return UNKNOWN_VALUE;
  }

  /**
   * Callbacks that run after the code that registers them (timers, promise callbacks, a test
   * framework's `it`). Registered by straight-line code at the top level, they run after the top
   * level, on the state it ends in, as they would; anywhere else, on the spot and maybe.
   */
  private later(args: readonly Arg[], frame: Frame, params: readonly Value[], phase: number): void {
    for (const a of args) {
      if (a.value.t !== "function") continue;
      if (frame.depth === 0 && !frame.loop && this.forks === 0) {
        const d = { fn: a.value, args: params, phase };
        this.deferred.push(d);
        this.unitDeferred?.push(d);
      }
      else this.maybeCallback(a.value, params, frame);
    }
  }

  /**
   * A call the analysis cannot follow: callbacks passed to it may run, any number of times, now or
   * later; objects passed to it may be changed.
   */
  private unknownCall(callee: Value, args: readonly Value[], frame: Frame): void {
    for (const v of args) {
      if (v.t === "function") this.maybeCallback(v, args.map(() => UNKNOWN_VALUE), frame);
      else this.havoc(v);
    }
    if (callee.t === "method") this.havoc(callee.receiver);
  }

  /**
   * A callback that may run zero or more times, at a time the analysis cannot tell: variables it
   * reads that the file reassigns anywhere are unknown in it, and the variables it assigns are
   * unknown after the call.
   */
  private maybeCallback(fn: FunctionValue, args: readonly Value[], frame: Frame): void {
    if (frame.depth >= MAX_CALL_DEPTH || frame.active.has(fn.decl)) return;
    const shadow = newScope(fn.scope);
    for (const n of this.reassigned) if (lookup(fn.scope, n) !== undefined) shadow.vars.set(n, UNKNOWN_VALUE);
    const guarded: FunctionValue = { ...fn, scope: shadow };
    this.forks++;
    try {
      this.summarize(frame, (f) => {
        this.invoke(guarded, args, f);
        return "normal";
      });
    } finally {
      this.forks--;
    }
    for (const n of assignedNames(fn.decl)) if (lookup(fn.scope, n) !== undefined) assignVar(fn.scope, n, UNKNOWN_VALUE);
  }

  /** What a call that cannot be followed may have changed in an object it was given: anything. */
  private havoc(v: Value): void {
    if (v.t === "object" || v.t === "instance") {
      const store = v.t === "object" ? v.props : v.fields;
      if (store.has(OPEN_KEY)) return;
      for (const k of [...store.keys()]) this.writeStore(store, k, UNKNOWN_VALUE);
      this.writeStore(store, OPEN_KEY, UNKNOWN_VALUE);
    } else if (v.t === "map") this.writeStore(v.entries, OPEN_KEY, UNKNOWN_VALUE);
  }

  /** Callbacks registered for after the top level (see later()), in the order they run. */
  private readonly deferred: DeferredCallback[] = [];
  /** The registrations of the unit being evaluated, remembered with it (see unit()). */
  private unitDeferred: DeferredCallback[] | null = null;
  /** How many alternatives (see fork) are being evaluated: what runs there may not happen. */
  private forks = 0;
  /** Names the file assigns after declaring them (`x = ...`, `x++`): they may change at any time. */
  private reassigned: ReadonlySet<string> = new Set();

  /** A variable or field holding an array that code changes in place becomes unknown. */
  private forgetArray(target: Expr, frame: Frame): void {
    if (target.kind === "name") {
      const v = lookup(frame.scope, target.name);
      if (v && v.t === "tuple") assignVar(frame.scope, target.name, UNKNOWN_VALUE);
    } else if (target.kind === "member" && target.object.kind === "this" && frame.self && frame.self.t === "instance") {
      const v = frame.self.fields.get(target.property);
      if (v && v.t === "tuple") this.setField(frame.self, target.property, UNKNOWN_VALUE);
    }
  }

  /** `Math.floor(a / b)`: exact division of sizes stays symbolic. */
  private floorOf(expr: Expr | undefined, frame: Frame, arg: Arg | undefined): Value {
    if (expr && expr.kind === "binary" && expr.op === "/") {
      const a = asDim(this.quiet(() => this.expr(expr.left, frame)));
      const b = asDim(this.quiet(() => this.expr(expr.right, frame)));
      if (typeof a === "number" && typeof b === "number" && b !== 0) return num(Math.floor(a / b));
      return num(shapes.divExact(a, b));
    }
    if (arg && arg.value.t === "num" && typeof arg.value.dim === "number") return num(Math.floor(arg.value.dim));
    return arg && arg.value.t === "num" ? arg.value : UNKNOWN_VALUE;
  }

  /** Evaluates a user function at a call site with the arguments' values. */
  private invoke(fn: FunctionValue, args: readonly Value[], frame: Frame, entry: Span | null = null): Value {
    if (frame.depth >= MAX_CALL_DEPTH || frame.active.has(fn.decl)) return UNKNOWN_VALUE;
    const scope = newScope(fn.scope);
    const inner: Frame = { scope, self: fn.self, returns: [], depth: frame.depth + 1, active: new Set([...frame.active, fn.decl]) };
    return this.inFile(fn.file, fn.text, () => {
      fn.decl.params.forEach((p, i) => this.bindParam(p, scope, p.rest ? restOf(args, i) : (args[i] ?? null), inner));
      const result = this.runBody(fn.decl, inner);
      if (fn.decl.returnShape && (result.t !== "tensor" || !result.shape)) return this.annotated(fn.decl.returnShape, inner);
      return result;
    }, entry);
  }

  private construct(e: Extract<Expr, { kind: "new" }>, frame: Frame): Value {
    const callee = this.expr(e.callee, frame);
    const args = this.args(e.args, frame);
    if (!args) {
      // `new nn.LSTM(...args)` of arguments the analysis cannot see: nothing is known of it.
      this.unknownCall(callee, [], frame);
      return UNKNOWN_VALUE;
    }
    if (callee.t === "api" && callee.path.startsWith("nn.")) {
      const m = constructModule(callee.path.slice(3), args, this.site(e.span, frame));
      return m;
    }
    if (callee.t === "api" && callee.path === "Map" && args && args.length === 0) return { t: "map", entries: new Map() };
    if (callee.t === "class") return this.newInstance(callee, args.map((a) => a.value), frame, e.span);
    return UNKNOWN_VALUE;
  }

  /** Runs field initializers and the constructor chain for a new instance. */
  private instantiate(cls: ClassValue, args: readonly Value[] | null, depth: number, active: ReadonlySet<FunctionDecl>, entry: Span | null = null): InstanceValue {
    const inst: InstanceValue = { t: "instance", cls, fields: new Map() };
    this.initClass(cls, inst, args, depth, active, entry);
    return inst;
  }

  private initClass(cls: ClassValue, inst: InstanceValue, args: readonly Value[] | null, depth: number, active: ReadonlySet<FunctionDecl>, entry: Span | null = null): void {
    this.inFile(cls.file, cls.text, () => this.initClassHere(cls, inst, args, depth, active), entry);
  }

  private initClassHere(cls: ClassValue, inst: InstanceValue, args: readonly Value[] | null, depth: number, active: ReadonlySet<FunctionDecl>): void {
    const parent = cls.superclass.t === "class" ? cls.superclass : null;
    const ctor = cls.decl.constructorDecl;
    // Without its own constructor, a subclass passes its arguments to the parent's.
    if (parent && !ctor) this.initClass(parent, inst, args, depth, active);
    const frame: Frame = { scope: newScope(cls.scope), self: inst, returns: [], depth, active };
    for (const f of cls.decl.fields) {
      const v = f.shape ? this.annotated(f.shape, frame) : f.value ? this.expr(f.value, frame) : UNKNOWN_VALUE;
      this.setField(inst, f.name, v);
      this.fact({ span: f.nameSpan, role: "declaration", name: `this.${f.name}`, value: v });
    }
    if (!ctor || depth > MAX_CALL_DEPTH || active.has(ctor)) return;
    const scope = newScope(cls.scope);
    const inner: Frame = { scope, self: inst, returns: [], depth, active: new Set([...active, ctor]) };
    // Fix: analyzed on its own (args null), the class may be built with any arguments: a
    // parameter's default value is only one of them (a `layers = 1` default made a dropout
    // warning that no `new` of the class gives). Defaults apply where a `new` omits them.
    ctor.params.forEach((p, i) => this.bindParam(p, scope, args ? (p.rest ? restOf(args, i) : (args[i] ?? null)) : null, args ? inner : undefined));
    // `super(...)` runs the parent's initialisation with those arguments.
    const superCall = parent ? ctor.body.find(isSuperCall) : undefined;
    if (parent && !superCall) this.initClass(parent, inst, [], depth, active);
    try {
      for (const s of ctor.body) {
        if (parent && s === superCall && s.kind === "expression" && s.expr.kind === "call") {
          this.initClass(parent, inst, s.expr.args.map((a) => this.expr(a, inner)), depth, active);
          continue;
        }
        this.stmt(s, inner);
      }
    } catch (err) {
      if (!(err instanceof ReturnSignal)) throw err;
    }
  }

  /** The value of one of two expressions, either of which may be the one that runs. */
  private either(frame: Frame, x: Expr, y: Expr): Value {
    const values: Value[] = [];
    this.fork(frame, [x, y].map((e) => (f: Frame): Exit => {
      values.push(this.expr(e, f));
      return "normal";
    }));
    return join(values[0] as Value, values[1] as Value);
  }

  private binary(e: Extract<Expr, { kind: "binary" }>, frame: Frame): Value {
    const a = this.expr(e.left, frame);
    if (e.op === "&&" || e.op === "||" || e.op === "??") {
      // The right side runs only when the left does not decide.
      const t = e.op === "??" ? (a.t === "none" ? false : a.t === "unknown" ? null : true) : this.truth(a);
      const decides = e.op === "&&" ? t === false : t === true;
      if (decides) return a;
      if (t === null) {
        let b: Value = UNKNOWN_VALUE;
        this.fork(frame, [() => "normal", (f) => ((b = this.expr(e.right, f)), "normal")]);
        return a.t === "bool" && b.t === "bool" ? { t: "bool", value: null } : e.op === "&&" ? UNKNOWN_VALUE : join(a, b);
      }
      return this.expr(e.right, frame);
    }
    const b = this.expr(e.right, frame);
    const isNum = (v: Value) => v.t === "num" || (v.t === "unknown" && v.symbol !== undefined);
    // Arithmetic with a fraction gives a floating-point value, even when it is a whole number.
    const fractional = (v: Value) => v.t === "num" && typeof v.dim === "number" && !Number.isInteger(v.dim);
    const arith = (d: Dim): Value => (this.distinctFloats && (fractional(a) || fractional(b)) && typeof d === "number" && Number.isInteger(d) ? { t: "num", dim: d, float: true } : num(d));
    switch (e.op) {
      case "+":
        if (isNum(a) && isNum(b)) return arith(shapes.add(asDim(a), asDim(b)));
        if (a.t === "str" || b.t === "str") return { t: "str", value: null };
        return UNKNOWN_VALUE;
      case "-":
        return isNum(a) && isNum(b) ? arith(shapes.sub(asDim(a), asDim(b))) : UNKNOWN_VALUE;
      case "*":
        return isNum(a) && isNum(b) ? arith(shapes.mul(asDim(a), asDim(b))) : UNKNOWN_VALUE;
      case "/": {
        if (!isNum(a) || !isNum(b)) return UNKNOWN_VALUE;
        const x = asDim(a);
        const y = asDim(b);
        if (typeof x === "number" && typeof y === "number") return num(y === 0 ? shapes.UNKNOWN : x / y);
        return num(shapes.divExact(x, y));
      }
      case "%":
      case "**":
        if (a.t === "num" && b.t === "num" && !a.float && !b.float && typeof a.dim === "number" && typeof b.dim === "number") return arith(e.op === "%" ? a.dim % b.dim : a.dim ** b.dim);
        return isNum(a) && isNum(b) ? num(shapes.UNKNOWN) : UNKNOWN_VALUE;
      case "==":
      case "!=": {
        // `x is None`: decided when either side is known to be null and the other is known.
        if (a.t === "none" || b.t === "none") {
          const other = a.t === "none" ? b : a;
          const known = other.t === "none" ? true : other.t === "unknown" || other.t === "api" ? null : false;
          return { t: "bool", value: known === null ? null : known === (e.op === "==") };
        }
        if (a.t === "num" && b.t === "num") {
          const eq = shapes.dimEquals(a.dim, b.dim);
          if (eq === "maybe") return { t: "bool", value: null };
          return { t: "bool", value: (eq === "yes") === (e.op === "==") };
        }
        if ((a.t === "str" || a.t === "bool") && a.t === b.t && a.value !== null && b.value !== null) return { t: "bool", value: (a.value === b.value) === (e.op === "==") };
        return { t: "bool", value: null };
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        // Fix: comparisons of sizes were always unknown; a loop's test (`t < 6`,
        // `t < x.size(0)`) tells whether the loop runs at least once.
        if (!isNum(a) || !isNum(b)) return { t: "bool", value: null };
        const [lo, hi] = e.op === "<" || e.op === "<=" ? [asDim(a), asDim(b)] : [asDim(b), asDim(a)];
        const less = e.op === "<" || e.op === ">" ? shapes.dimLess(lo, hi) : shapes.dimLess(hi, lo) === "yes" ? "no" : shapes.dimLess(hi, lo) === "no" ? "yes" : "maybe";
        return { t: "bool", value: less === "maybe" ? null : less === "yes" };
      }
      default:
        return { t: "bool", value: null };
    }
  }
}

/** One element of what a for-of loop iterates. */
function iterationItem(iter: Value): Value {
  if (iter.t === "tuple" && iter.items.length > 0) return iter.items.reduce((a, b) => join(a, b));
  return UNKNOWN_VALUE;
}

/** Whether every module-scope name the unit read still holds the identical value. */
function unchangedReads(entry: MemoEntry, vars: TrackedVars): boolean {
  for (const [n, v] of entry.reads) if (vars.peek(n) !== v) return false;
  return true;
}

function isSuperCall(s: Stmt): boolean {
  return s.kind === "expression" && s.expr.kind === "call" && s.expr.callee.kind === "name" && s.expr.callee.name === "super";
}

function copyChain(target: Scope, from: Scope): void {
  let t: Scope | null = target;
  let f: Scope | null = from;
  while (t && f && t !== f) {
    for (const k of [...t.vars.keys()]) if (!hasVar(f.vars, k)) t.vars.delete(k);
    for (const [k, v] of f.vars) setIfChanged(t.vars, k, v);
    t = t.parent;
    f = f.parent;
  }
}

/** The `i`-th element a destructuring takes (the engine's tensors cannot be destructured). */
function elementOf(v: Value, i: number): Value {
  if (v.t === "tuple") return v.items[i] ?? UNKNOWN_VALUE;
  return UNKNOWN_VALUE;
}

function findMethod(cls: ClassValue, name: string): { decl: FunctionDecl; cls: ClassValue } | null {
  for (let c: ClassValue | null = cls; c; c = c.superclass.t === "class" ? c.superclass : null) {
    const m = c.decl.methods.find((x) => x.name === name);
    if (m) return { decl: m, cls: c };
  }
  return null;
}

/** Every method an instance has, own methods first, each name once. */
function allMethods(cls: ClassValue): { decl: FunctionDecl; cls: ClassValue }[] {
  const out: { decl: FunctionDecl; cls: ClassValue }[] = [];
  const seen = new Set<string>();
  for (let c: ClassValue | null = cls; c; c = c.superclass.t === "class" ? c.superclass : null) {
    for (const m of c.decl.methods) {
      if (m.name && seen.has(m.name)) continue;
      if (m.name) seen.add(m.name);
      out.push({ decl: m, cls: c });
    }
  }
  return out;
}

/** Every name a file declares, imports or assigns at any depth. */
/**
 * The names one top-level statement binds or assigns, kept with the statement: an edit keeps the
 * IR of the statements it did not touch, and these walks of the whole file were a share of it.
 */
const BOUND = new WeakMap<Stmt, readonly string[]>();
const ASSIGNED = new WeakMap<Stmt, readonly string[]>();

function namesOf(cache: WeakMap<Stmt, readonly string[]>, s: Stmt, collect: (body: readonly Stmt[], out: Set<string>) => void): readonly string[] {
  let names = cache.get(s);
  if (!names) {
    const out = new Set<string>();
    collect([s], out);
    names = [...out];
    cache.set(s, names);
  }
  return names;
}

function collectBound(body: readonly Stmt[], out: Set<string>): void {
  const pat = (p: Pattern) => {
    if (p.kind === "bind") out.add(p.name);
    else if (p.kind === "arrayPattern") p.elements.forEach((e) => e && pat(e));
    else if (p.kind === "objectPattern") p.properties.forEach((e) => pat(e.value));
  };
  const fn = (d: FunctionDecl) => {
    d.params.forEach((p) => pat(p.pattern));
    collectBound(d.body, out);
  };
  for (const s of body) {
    switch (s.kind) {
      case "declare":
        pat(s.pattern);
        break;
      case "import":
        s.bindings.forEach((b) => out.add(b.local));
        break;
      case "function":
        if (s.decl.name) out.add(s.decl.name);
        fn(s.decl);
        break;
      case "class":
        if (s.decl.name) out.add(s.decl.name);
        s.decl.methods.forEach(fn);
        if (s.decl.constructorDecl) fn(s.decl.constructorDecl);
        break;
      case "if":
        collectBound(s.then, out);
        collectBound(s.else, out);
        break;
      case "loop":
        collectBound(s.init, out);
        if (s.each) pat(s.each.pattern);
        collectBound(s.body, out);
        break;
      case "block":
      case "opaque":
        collectBound(s.body, out);
        break;
      default:
        break;
    }
  }
}

/** Whether a value is truthy: null when it cannot be told. */
function truth(v: Value, emptyIsFalse: boolean): boolean | null {
  if (emptyIsFalse) {
    // Python: empty containers are false, and a tensor's or an object's truth is its own business.
    if (v.t === "tuple") return v.items.length > 0;
    if (v.t === "object") return isOpenObject(v) ? null : v.props.size > 0 ? true : null;
    if (v.t === "tensor" || v.t === "instance" || v.t === "map" || v.t === "packed") return null;
  }
  switch (v.t) {
    case "bool":
      return v.value;
    case "num":
      return typeof v.dim === "number" ? v.dim !== 0 && !Number.isNaN(v.dim) : shapes.dimLess(0, v.dim) === "yes" ? true : null;
    case "str":
      return v.value === null ? null : v.value.length > 0;
    case "none":
      return false;
    case "unknown":
      return null;
    case "api":
      // The engine's objects are; a global's member (`process.env.DEBUG`) may be anything.
      return v.path === "" || v.path === "torch" || v.path === "nn" || v.path.startsWith("torch.") || v.path.startsWith("nn.") ? true : null;
    default:
      // Tensors, modules, objects, arrays, functions and classes are objects: truthy.
      return true;
  }
}

/** The items a for-of loop goes through, when their number is known. */
function knownItems(iter: Value): Value[] | null {
  // The engine's tensors are not iterable (a for-of over one throws): only arrays are followed.
  if (iter.t === "tuple") return [...iter.items];
  return null;
}

/** Every variable of a scope chain, with the scope holding it. */
function chainEntries(scope: Scope): [Scope, string, Value][] {
  const out: [Scope, string, Value][] = [];
  for (let s: Scope | null = scope; s; s = s.parent) for (const [k, v] of s.vars) out.push([s, k, v]);
  return out;
}

/**
 * The values of every variable of a scope chain, by scope and name: what a loop's passes compare
 * against. Looked up by key, not searched: a module scope holds hundreds of variables, and a file
 * with a loop in each of its models compared each with each.
 */
function chainValues(scope: Scope): Map<Scope, Map<string, Value>> {
  const out = new Map<Scope, Map<string, Value>>();
  for (let s: Scope | null = scope; s; s = s.parent) {
    const vars = new Map<string, Value>();
    for (const [k, v] of s.vars) vars.set(k, v);
    out.set(s, vars);
  }
  return out;
}

/** Whether two values are the same as far as shapes go (joins make new objects for equal values). */
function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.t !== b.t) return false;
  if (a.t === "num" && b.t === "num") return shapes.dimEquals(a.dim, b.dim) === "yes" || (shapes.isUnknown(a.dim) && shapes.isUnknown(b.dim));
  if (a.t === "tensor" && b.t === "tensor") {
    if (a.shape === null || b.shape === null) return a.shape === b.shape;
    const bs = b.shape;
    return a.shape.length === bs.length && a.shape.every((d, i) => shapes.dimEquals(d, bs[i] as Dim) === "yes" || (shapes.isUnknown(d) && shapes.isUnknown(bs[i] as Dim)));
  }
  if (a.t === "tuple" && b.t === "tuple") return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]));
  if ((a.t === "str" && b.t === "str") || (a.t === "bool" && b.t === "bool")) return a.value === b.value;
  if (a.t === "none" || a.t === "unknown") return true;
  return false;
}

/** A member of the engine's API: its top level names `torch`, `nn` and the `nn` classes. */
function engineMember(path: string, property: string): Value {
  if (path === "") return apiValue(ENGINE_EXPORTS.get(property) ?? property);
  // `torch.nn` is the engine's `nn`.
  if (path === "torch" && property === "nn") return apiValue("nn");
  return apiValue(`${path}.${property}`);
}

const assignedCache = new WeakMap<object, ReadonlySet<string>>();

/** Names a function (nested functions included) assigns after their declaration. */
function assignedNames(decl: FunctionDecl): ReadonlySet<string> {
  let out = assignedCache.get(decl);
  if (!out) {
    const names = new Set<string>();
    collectAssigned(decl.body, names);
    assignedCache.set(decl, (out = names));
  }
  return out;
}

/** Every name assigned (not declared) in statements, at any depth. */
function collectAssigned(body: readonly Stmt[], out: Set<string>): void {
  const pat = (p: Expr | Pattern) => {
    if (p.kind === "bind" || p.kind === "name") out.add(p.name);
    else if (p.kind === "arrayPattern") p.elements.forEach((e) => e && pat(e));
    else if (p.kind === "objectPattern") p.properties.forEach((e) => pat(e.value));
  };
  const exprs = (e: Expr): void => {
    if (e.kind === "function") collectAssigned(e.fn.body, out);
    else if (e.kind === "call" || e.kind === "new") {
      exprs(e.callee);
      e.args.forEach(exprs);
      if (e.kind === "call") e.keywords?.forEach((k) => exprs(k.value));
    } else if (e.kind === "opaque") e.parts.forEach(exprs);
    else if (e.kind === "builtin") e.args.forEach(exprs);
    else if (e.kind === "index") {
      exprs(e.object);
      exprs(e.index);
    }
    else if (e.kind === "array") e.elements.forEach(exprs);
    else if (e.kind === "object") e.properties.forEach((p) => exprs(p.value));
    else if (e.kind === "spread") exprs(e.expr);
    else if (e.kind === "binary") {
      exprs(e.left);
      exprs(e.right);
    } else if (e.kind === "conditional") {
      exprs(e.test);
      exprs(e.then);
      exprs(e.else);
    }
  };
  for (const s of body) {
    switch (s.kind) {
      case "assign":
        pat(s.target);
        exprs(s.value);
        break;
      case "declare":
        if (s.init) exprs(s.init);
        break;
      case "expression":
        exprs(s.expr);
        break;
      case "return":
        if (s.value) exprs(s.value);
        break;
      case "if":
        exprs(s.test);
        collectAssigned(s.then, out);
        collectAssigned(s.else, out);
        break;
      case "loop":
        collectAssigned([...s.init, ...s.update, ...s.body], out);
        if (s.each) pat(s.each.pattern);
        break;
      case "block":
      case "opaque":
        collectAssigned(s.body, out);
        break;
      case "function":
        collectAssigned(s.decl.body, out);
        break;
      case "class":
        for (const m of s.decl.methods) collectAssigned(m.body, out);
        if (s.decl.constructorDecl) collectAssigned(s.decl.constructorDecl.body, out);
        break;
      default:
        break;
    }
  }
}

/** The arguments a rest parameter at `i` collects. */
function restOf(args: readonly Value[], i: number): Value {
  return { t: "tuple", items: args.slice(i), spans: null };
}

/** The properties, fields or entries a value holds, when it is an object that changes in place. */
function storeOf(v: Value | undefined): Store | null {
  if (!v) return null;
  return v.t === "object" ? v.props : v.t === "instance" ? v.fields : v.t === "map" ? v.entries : null;
}

/** Whether the objects a remembered unit read hold what they held when it ran. */
function unchangedHeap(entry: MemoEntry): boolean {
  for (const [store, then] of entry.heapReads) {
    if (store.size !== then.size) return false;
    for (const [k, v] of then) if (store.get(k) !== v) return false;
  }
  return true;
}

/**
 * A user function's arguments in parameter order: positional ones first, then named ones in
 * their parameters' places; a parameter neither gives is left out (its default applies).
 */
function orderArguments(decl: FunctionDecl, positional: readonly Value[], named: ReadonlyMap<string, Arg>): Value[] {
  const out: Value[] = [...positional];
  decl.params.forEach((p, i) => {
    if (i < positional.length || p.rest || p.pattern.kind !== "bind") return;
    const a = named.get(p.pattern.name);
    if (a) out[i] = a.value;
  });
  return out;
}

/** A slice of a sequence of `size` items, as Python clamps it; null for a step that is not positive. */
function sliceRange(size: number, b: { start: number | null; stop: number | null; step: number | null }): { start: number; stop: number; step: number } | null {
  const step = b.step ?? 1;
  if (step <= 0) return null;
  const clamp = (x: number): number => Math.min(size, Math.max(0, x < 0 ? x + size : x));
  return { start: b.start === null ? 0 : clamp(b.start), stop: b.stop === null ? size : clamp(b.stop), step };
}
