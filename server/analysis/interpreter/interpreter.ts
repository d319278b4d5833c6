/**
 * The shape interpreter: evaluates a file's IR with abstract values. Straight-line code is
 * followed flow-sensitively, `if` branches are joined, loops are run twice (once to see what
 * they change, once on the join), user functions and methods are evaluated at their call sites
 * with the arguments' values and on their own with symbolic parameters. Anything it cannot
 * follow becomes unknown, and unknown values never produce a finding.
 */
import { basename } from "node:path";
import { shapes } from "../../../engine";
import type { ClassDecl, Expr, FunctionDecl, Param, Pattern, ShapeAnnotation, Span, Stmt } from "../ir";
import { AnalysisContext, BudgetExceeded, type Fact } from "./context";
import type { Finding } from "./findings";
import { InterpreterMemo, type MemoEntry, type TrackedVars } from "./memo";
import { callModule, callTorch, constructModule, sizeOf, tensorMethod, type Arg, type CallSite } from "./engine-api";
import {
  apiValue,
  asDim,
  join,
  num,
  NONE,
  tensor,
  UNKNOWN_VALUE,
  type ClassValue,
  type FunctionValue,
  type InstanceValue,
  type Scope,
  type Value,
} from "./values";

type Dim = shapes.Dim;

/** Exported values of another workspace file, or null when it cannot be analyzed. */
export type ImportResolver = (fromFile: string, specifier: string) => ReadonlyMap<string, Value> | null;

export interface InterpreterOptions {
  /** Module names whose `torch` / `nn` exports are the engine (besides "rnnlens"). */
  readonly engineModules: readonly string[];
  readonly resolveImport: ImportResolver;
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

/** Signals a `return` out of a function body. */
class ReturnSignal {
  constructor(readonly value: Value) {}
}

interface Frame {
  scope: Scope;
  self: Value | null;
  returns: Value[];
  depth: number;
  /** Functions being evaluated, to stop recursion. */
  active: ReadonlySet<FunctionDecl>;
  /**
   * Set while a loop body runs on the state of its first iteration (see the "loop" case): only
   * statements that certainly run in that iteration may report, so the branches of an `if`,
   * nested loops and opaque statements in the body run quietly.
   */
  firstIteration?: boolean;
}

/** Array methods that change the array in place: a tuple they are called on is no longer known. */
const ARRAY_MUTATORS: ReadonlySet<string> = new Set(["push", "pop", "shift", "unshift", "splice", "reverse", "sort", "fill", "copyWithin"]);

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

/** Copies a scope chain so one branch's assignments do not leak into the other. */
/**
 * Copies a scope chain so one branch's assignments do not leak into the other. Inside a function
 * the module scope (the chain's root) is shared, not copied: module bindings are rarely assigned
 * from functions, and reads of them must reach the tracked module scope (see memo.ts). Branches at
 * the top level copy it like any other scope.
 */
function cloneChain(scope: Scope): Scope {
  if (!scope.parent) return { vars: new Map(scope.vars), parent: null };
  return { vars: new Map(scope.vars), parent: scope.parent.parent ? cloneChain(scope.parent) : scope.parent };
}

/** After a branch: every variable takes the join of its values on both paths. */
function joinInto(target: Scope, a: Scope, b: Scope): void {
  let t: Scope | null = target;
  let x: Scope | null = a;
  let y: Scope | null = b;
  // A shared tail (the module scope inside functions) is already the joined state.
  while (t && x && y && !(t === x && x === y)) {
    for (const [k, v] of x.vars) {
      const w = y.vars.get(k);
      t.vars.set(k, w === undefined ? v : join(v, w));
    }
    for (const [k, w] of y.vars) if (!x.vars.has(k)) t.vars.set(k, w);
    t = t.parent;
    x = x.parent;
    y = y.parent;
  }
}

function snapshotFields(self: Value | null): Map<string, Value> | null {
  return self && self.t === "instance" ? new Map(self.fields) : null;
}

/** The fields after an `if`: each field joined over both branches. */
function joinedFields(a: Map<string, Value>, b: Map<string, Value>): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, v] of a) {
    const w = b.get(k);
    out.set(k, w === undefined ? v : join(v, w));
  }
  for (const [k, w] of b) if (!a.has(k)) out.set(k, w);
  return out;
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
    if (cached && vars.reads === null && unchangedReads(cached, vars)) {
      for (const [n, v] of cached.writes) {
        // Reused classes and functions of this file run with its new text.
        if ((v.t === "class" || v.t === "function") && v.file === this.ctx.file) (v as { text: string }).text = this.text;
        vars.set(n, v);
      }
      for (const x of cached.findings) this.ctx.report(x);
      for (const x of cached.facts) this.ctx.fact(x);
      for (const m of cached.mutations) this.ctx.mutate(m);
      this.pendingInstances.push(...cached.instances);
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
    let done = false;
    try {
      f();
      done = true;
    } finally {
      vars.reads = null;
      vars.writes = null;
      this.ctx.capture = null;
      if (done) {
        const entry: MemoEntry = {
          reads,
          writes,
          findings: captured,
          facts: this.ctx.facts.slice(mark.facts),
          instances: this.pendingInstances.slice(pending),
          mutations: this.ctx.journal.slice(mark.journal),
        };
        memo.entries.set(key, entry);
        memo.live.add(entry);
      }
    }
  }

  private site(span: Span): CallSite {
    return { ctx: this.ctx, file: this.curFile, span, text: this.curText };
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

  /** Sets an instance's field, recorded as a shared-value change (see AnalysisContext.mutate). */
  private setField(inst: InstanceValue, key: string, v: Value): void {
    const had = inst.fields.has(key);
    const prev = inst.fields.get(key);
    this.ctx.mutate({ redo: () => inst.fields.set(key, v), undo: () => (had ? inst.fields.set(key, prev as Value) : inst.fields.delete(key)) });
  }

  /** Replaces all of an instance's fields (after an `if`), recorded like setField. */
  private replaceFields(inst: InstanceValue, next: Map<string, Value>): void {
    const prev = new Map(inst.fields);
    const assign = (m: Map<string, Value>) => {
      inst.fields.clear();
      for (const [k, v] of m) inst.fields.set(k, v);
    };
    this.ctx.mutate({ redo: () => assign(next), undo: () => assign(prev) });
  }

  /** Facts are only kept for the analyzed file's own positions. */
  private fact(f: Fact): void {
    if (this.curFile === this.ctx.file) this.ctx.fact(f);
  }

  /** Runs a whole file: the top level, then every function, method and class on its own. */
  run(body: readonly Stmt[], exportedDeclarations: readonly string[]): void {
    collectBound(body, this.boundNames);
    // Whether `torch`/`nn` are the engine's globals depends on the whole file: when that
    // changes, nothing remembered is valid.
    this.memo?.beginRun(`${this.boundNames.has("torch")},${this.boundNames.has("nn")}`);
    const frame: Frame = { scope: this.moduleScope, self: null, returns: [], depth: 0, active: new Set() };
    try {
      this.hoist(body, frame);
      this.topLevel(body, frame);
      for (const name of exportedDeclarations) {
        const v = lookup(this.moduleScope, name);
        if (v) this.exports.set(name, v);
      }
      this.analyzeDeclarations(body, frame);
      for (const inst of this.pendingInstances.splice(0, 20)) this.unit(inst, () => this.analyzeMethods(inst));
    } catch (e) {
      if (!(e instanceof BudgetExceeded)) throw e;
    } finally {
      if (this.memo) this.memo.journal = this.ctx.journal;
    }
  }

  /**
   * The file's statements in order, each simple one a memoized unit; compound statements at the
   * top level (branches, loops) copy the module scope and always run. A top-level `return`
   * (CommonJS scripts) just ends the file.
   */
  private topLevel(body: readonly Stmt[], frame: Frame): void {
    try {
      for (const s of body) {
        const simple = s.kind === "declare" || s.kind === "assign" || s.kind === "expression" || s.kind === "class";
        if (simple) this.unit(s, () => this.stmt(s, frame));
        else this.stmt(s, frame);
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
    if (arg && arg.t !== "unknown") v = arg;
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
      if (e instanceof ReturnSignal) frame.returns.push(e.value);
      else throw e;
    }
    if (frame.returns.length === 0) return NONE;
    return frame.returns.reduce((a, b) => join(a, b));
  }

  private block(body: readonly Stmt[], frame: Frame): void {
    for (let i = 0; i < body.length; i++) {
      const s = body[i] as Stmt;
      // In a loop's first iteration, what follows a statement that may `break`, `continue` or
      // `return` may not run in that iteration: it runs quietly.
      if (frame.firstIteration && i > 0 && mayLeave(body[i - 1] as Stmt)) {
        const rest = body.slice(i);
        this.quiet(() => this.block(rest, { ...frame, firstIteration: false }));
        return;
      }
      this.stmt(s, frame);
    }
  }

  private stmt(s: Stmt, frame: Frame): void {
    this.ctx.step();
    switch (s.kind) {
      case "declare": {
        let v = s.init ? this.expr(s.init, frame) : UNKNOWN_VALUE;
        if (s.shape) v = this.annotated(s.shape, frame);
        this.bindPattern(s.pattern, v, frame.scope, true);
        return;
      }
      case "assign": {
        const v = this.expr(s.value, frame);
        this.assignTarget(s.target, v, frame);
        return;
      }
      case "expression":
        this.expr(s.expr, frame);
        return;
      case "return": {
        const v = s.value ? this.expr(s.value, frame) : NONE;
        throw new ReturnSignal(v);
      }
      case "if": {
        this.expr(s.test, frame);
        const before = frame.scope;
        const fieldsBefore = snapshotFields(frame.self);
        const thenScope = cloneChain(before);
        const elseScope = cloneChain(before);
        // In a loop's first iteration, a branch may be the one that does not run then.
        const runBranch = (body: readonly Stmt[], scope: Scope): boolean => (frame.firstIteration ? this.quiet(() => this.branch(body, { ...frame, scope })) : this.branch(body, { ...frame, scope }));
        const thenReturned = runBranch(s.then, thenScope);
        const thenFields = snapshotFields(frame.self);
        if (frame.self && frame.self.t === "instance" && fieldsBefore) this.replaceFields(frame.self, new Map(fieldsBefore));
        const elseReturned = runBranch(s.else, elseScope);
        const elseFields = snapshotFields(frame.self);
        if (thenReturned && !elseReturned) copyChain(before, elseScope);
        else if (elseReturned && !thenReturned) copyChain(before, thenScope);
        else joinInto(before, thenScope, elseScope);
        if (frame.self && frame.self.t === "instance" && thenFields && elseFields) {
          if (thenReturned && !elseReturned) this.replaceFields(frame.self, elseFields);
          else if (elseReturned && !thenReturned) this.replaceFields(frame.self, thenFields);
          else this.replaceFields(frame.self, joinedFields(thenFields, elseFields));
        }
        if (thenReturned && elseReturned) throw new ReturnSignal(UNKNOWN_VALUE);
        return;
      }
      case "loop": {
        if (frame.firstIteration) {
          // A loop inside another loop's first iteration may run zero times: say nothing.
          this.quiet(() => this.stmt(s, { ...frame, firstIteration: false }));
          return;
        }
        this.block(s.init, frame);
        const test = s.test ? this.expr(s.test, frame) : null;
        const iterable = s.each ? this.expr(s.each.iterable, frame) : null;
        const item = iterable ? iterationItem(iterable) : null;
        const bodyFrame = (scope: Scope, firstIteration: boolean): Frame => {
          const inner = newScope(scope);
          if (s.each && item) this.bindPattern(s.each.pattern, item, inner, true);
          return { ...frame, scope: inner, firstIteration };
        };
        // A first pass learns what one iteration changes; the state at the top of any
        // iteration is the join of before and after it. The reporting pass runs on that state.
        // Fix: the first pass runs on the state of the first iteration, so when the loop
        // certainly runs once, what fails there fails for certain (a state of the wrong batch
        // fed to a cell in `for (let t = 0; t < 6; t++)`): it reports, but keeps no facts (the
        // hovers show the joined state). Otherwise it is quiet.
        const before = cloneChain(frame.scope);
        const probe = cloneChain(frame.scope);
        if (runsAtLeastOnce(test, iterable)) this.withoutFacts(() => this.branch(s.body, bodyFrame(probe, true)));
        else this.quiet(() => this.branch(s.body, bodyFrame(probe, false)));
        // The update belongs to the iteration (`t++`): the next one starts after it.
        this.quiet(() => this.block(s.update, { ...frame, scope: probe }));
        joinInto(frame.scope, before, probe);
        const top = cloneChain(frame.scope);
        this.branch(s.body, bodyFrame(frame.scope, false));
        this.block(s.update, frame);
        // After the loop: zero or more iterations ran.
        joinInto(frame.scope, top, cloneChain(frame.scope));
        return;
      }
      case "block":
        this.block(s.body, { ...frame, scope: newScope(frame.scope) });
        return;
      case "jump":
        return;
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
        if (s.from) {
          const mod = this.options.resolveImport(this.ctx.file, s.from);
          for (const n of s.names) {
            if (n.exported === "*") mod?.forEach((v, k) => this.exports.set(k, v));
            else {
              const v = mod?.get(n.local);
              if (v) this.exports.set(n.exported, v);
            }
          }
        } else {
          for (const n of s.names) {
            const v = lookup(frame.scope, n.local);
            if (v) this.exports.set(n.exported, v);
          }
        }
        return;
      }
      case "opaque":
        for (const e of s.exprs) this.expr(e, frame);
        if (frame.firstIteration) this.quiet(() => this.branch(s.body, { ...frame, scope: newScope(cloneChain(frame.scope)) }));
        else this.branch(s.body, { ...frame, scope: newScope(cloneChain(frame.scope)) });
        return;
    }
  }

  /** Evaluates, keeping findings but not facts. */
  private withoutFacts<T>(f: () => T): T {
    const mark = this.ctx.checkpoint();
    try {
      return f();
    } finally {
      this.ctx.facts.length = mark.facts;
    }
  }

  /** Runs statements; true when they certainly returned. */
  private branch(body: readonly Stmt[], frame: Frame): boolean {
    try {
      this.block(body, frame);
      return false;
    } catch (e) {
      if (e instanceof ReturnSignal) {
        frame.returns.push(e.value);
        return true;
      }
      throw e;
    }
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

  private importStmt(s: Extract<Stmt, { kind: "import" }>, frame: Frame): void {
    const isEngine = s.module === "rnnlens" || this.options.engineModules.includes(s.module);
    const mod = isEngine ? null : this.options.resolveImport(this.ctx.file, s.module);
    for (const b of s.bindings) {
      let v: Value = UNKNOWN_VALUE;
      if (isEngine) {
        if (b.imported === "*" || b.imported === "default") v = apiValue("");
        else {
          const path = ENGINE_EXPORTS.get(b.imported);
          v = path ? apiValue(path) : UNKNOWN_VALUE;
        }
      } else if (mod) {
        if (b.imported === "*") v = { t: "object", props: mod, keySpans: new Map(), open: false };
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
        for (const prop of p.properties) this.bindPattern(prop.value, v.t === "object" ? (v.props.get(prop.key) ?? UNKNOWN_VALUE) : v.t === "instance" ? (v.fields.get(prop.key) ?? UNKNOWN_VALUE) : UNKNOWN_VALUE, scope, declare);
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
      const obj = this.expr(target.object, frame);
      if (obj.t === "instance") {
        this.setField(obj, target.property, v);
        this.fact({ span: target.propertySpan, role: "member", name: this.sourceText(target.span), value: v });
      }
      return;
    }
    // `outputs[t] = h` changes the array in place.
    if (target.kind === "index") this.forgetArray(target.object, frame);
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
      case "index": {
        const obj = this.expr(e.object, frame);
        const idx = this.expr(e.index, frame);
        const i = idx.t === "num" && typeof idx.dim === "number" ? idx.dim : null;
        if (obj.t === "tuple") return i === null ? UNKNOWN_VALUE : (obj.items[i < 0 ? obj.items.length + i : i] ?? UNKNOWN_VALUE);
        if (obj.t === "tensor") {
          if (i === null || !obj.shape) return tensor(obj.shape && obj.shape.length > 0 ? obj.shape.slice(1) : null);
          return tensorMethod(obj, "select", [{ value: num(0), expr: e.index }, { value: idx, expr: e.index }], this.site(e.span), this.sourceText(e.object.span));
        }
        return UNKNOWN_VALUE;
      }
      case "call":
        return this.call(e, frame);
      case "new":
        return this.construct(e, frame);
      case "array": {
        const items = e.elements.map((x) => this.expr(x, frame));
        if (e.elements.some((x) => x.kind === "opaque")) return UNKNOWN_VALUE;
        return { t: "tuple", items, spans: e.elements.map((x) => x.span) };
      }
      case "object": {
        const props = new Map<string, Value>();
        const keySpans = new Map<string, Span>();
        for (const p of e.properties) {
          props.set(p.key, this.expr(p.value, frame));
          keySpans.set(p.key, p.keySpan);
        }
        return { t: "object", props, keySpans, open: e.open };
      }
      case "binary":
        return this.binary(e, frame);
      case "unary": {
        const v = this.expr(e.operand, frame);
        if (e.op === "-" && (v.t === "num" || (v.t === "unknown" && v.symbol))) return num(shapes.neg(asDim(v)));
        if (e.op === "+") return v.t === "num" ? v : UNKNOWN_VALUE;
        if (e.op === "!") return v.t === "bool" && v.value !== null ? { t: "bool", value: !v.value } : { t: "bool", value: null };
        return UNKNOWN_VALUE;
      }
      case "conditional": {
        const test = this.expr(e.test, frame);
        const a = this.expr(e.then, frame);
        const b = this.expr(e.else, frame);
        if (test.t === "bool" && test.value !== null) return test.value ? a : b;
        return join(a, b);
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
    if ((name === "torch" || name === "nn") && !this.boundNames.has(name)) return apiValue(name);
    if (name === "Math") return apiValue("Math");
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
        return apiValue(obj.path ? `${obj.path}.${property}` : property);
      case "instance": {
        const f = obj.fields.get(property);
        if (f) return f;
        const m = findMethod(obj.cls, property);
        if (m) return { t: "function", decl: m.decl, file: m.cls.file, text: m.cls.text, scope: m.cls.scope, self: obj };
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
          const f = fields[property];
          if (f) return f;
        }
        return { t: "method", receiver: obj, name: property };
      case "tuple":
        if (property === "length") return num(obj.items.length);
        return UNKNOWN_VALUE;
      case "class":
        return UNKNOWN_VALUE;
      default:
        return UNKNOWN_VALUE;
    }
  }

  private args(list: readonly Expr[], frame: Frame): Arg[] {
    return list.map((x) => ({ value: this.expr(x, frame), expr: x }));
  }

  private call(e: Extract<Expr, { kind: "call" }>, frame: Frame): Value {
    const callee = this.expr(e.callee, frame);
    const args = this.args(e.args, frame);
    // Fix: `outputs.push(h)` changes the array: what was known of it (`const outputs = []`, no
    // elements) no longer holds, or torch.stack(outputs) would be "empty".
    if (e.callee.kind === "member" && ARRAY_MUTATORS.has(e.callee.property)) this.forgetArray(e.callee.object, frame);
    const site = this.site(e.span);
    let result: Value = UNKNOWN_VALUE;
    if (callee.t === "api") {
      if (callee.path.startsWith("torch.")) result = callTorch(callee.path.slice(6), args, site);
      else if (callee.path === "Math.floor" || callee.path === "Math.trunc") result = this.floorOf(e.args[0], frame, args[0]);
      else if (callee.path === "Math.max" || callee.path === "Math.min") result = UNKNOWN_VALUE;
    } else if (callee.t === "method") {
      const r = callee.receiver;
      if (r.t === "tensor") {
        const receiverText = e.callee.kind === "member" ? this.sourceText(e.callee.object.span) : "tensor";
        result = tensorMethod(r, callee.name, args, site, receiverText);
      } else if (r.t === "module" && callee.name === "forward") {
        result = callModule(r, args, site);
        this.fact({ span: e.span, role: "call", name: this.sourceText(e.callee.span), value: result, module: r, args: args.map((a) => a.value) });
      } else if (r.t === "module" && (callee.name === "train" || callee.name === "eval")) {
        result = r;
      }
    } else if (callee.t === "function") {
      result = this.invoke(callee, args.map((a) => a.value), frame, e.span);
    }
    return result;
  }

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
      fn.decl.params.forEach((p, i) => this.bindParam(p, scope, args[i] ?? null, inner));
      const result = this.runBody(fn.decl, inner);
      if (fn.decl.returnShape && (result.t !== "tensor" || !result.shape)) return this.annotated(fn.decl.returnShape, inner);
      return result;
    }, entry);
  }

  private construct(e: Extract<Expr, { kind: "new" }>, frame: Frame): Value {
    const callee = this.expr(e.callee, frame);
    const args = this.args(e.args, frame);
    if (callee.t === "api" && callee.path.startsWith("nn.")) {
      const m = constructModule(callee.path.slice(3), args, this.site(e.span));
      return m;
    }
    if (callee.t === "class") {
      const inst = this.instantiate(callee, args.map((a) => a.value), frame.depth + 1, frame.active, e.span);
      if (args.length > 0 && args.every((a) => a.value.t === "num" || a.value.t === "bool" || a.value.t === "str" || a.value.t === "object")) this.pendingInstances.push(inst);
      return inst;
    }
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
    ctor.params.forEach((p, i) => this.bindParam(p, scope, args ? (args[i] ?? null) : null, args ? inner : undefined));
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

  private binary(e: Extract<Expr, { kind: "binary" }>, frame: Frame): Value {
    const a = this.expr(e.left, frame);
    const b = this.expr(e.right, frame);
    const isNum = (v: Value) => v.t === "num" || (v.t === "unknown" && v.symbol !== undefined);
    switch (e.op) {
      case "+":
        if (isNum(a) && isNum(b)) return num(shapes.add(asDim(a), asDim(b)));
        if (a.t === "str" || b.t === "str") return { t: "str", value: null };
        return UNKNOWN_VALUE;
      case "-":
        return isNum(a) && isNum(b) ? num(shapes.sub(asDim(a), asDim(b))) : UNKNOWN_VALUE;
      case "*":
        return isNum(a) && isNum(b) ? num(shapes.mul(asDim(a), asDim(b))) : UNKNOWN_VALUE;
      case "/": {
        if (!isNum(a) || !isNum(b)) return UNKNOWN_VALUE;
        const x = asDim(a);
        const y = asDim(b);
        if (typeof x === "number" && typeof y === "number") return num(y === 0 ? shapes.UNKNOWN : x / y);
        return num(shapes.divExact(x, y));
      }
      case "%":
      case "**":
        if (a.t === "num" && b.t === "num" && typeof a.dim === "number" && typeof b.dim === "number") return num(e.op === "%" ? a.dim % b.dim : a.dim ** b.dim);
        return isNum(a) && isNum(b) ? num(shapes.UNKNOWN) : UNKNOWN_VALUE;
      case "==":
      case "!=": {
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
      case "&&":
        if (a.t === "bool" && a.value === false) return a;
        if (a.t === "bool" && a.value === true) return b;
        return join(a, b);
      case "||":
      case "??":
        if (a.t === "bool" && a.value === true && e.op === "||") return a;
        if (a.t === "none") return b;
        if ((a.t === "num" && typeof a.dim === "number" && a.dim !== 0) || a.t === "tensor" || a.t === "module" || a.t === "object" || a.t === "instance") return a;
        return a.t === "unknown" ? UNKNOWN_VALUE : join(a, b);
      default:
        return { t: "bool", value: null };
    }
  }
}

/** One element of what a for-of loop iterates. */
function iterationItem(iter: Value): Value {
  if (iter.t === "tuple" && iter.items.length > 0) return iter.items.reduce((a, b) => join(a, b));
  if (iter.t === "tensor" && iter.shape && iter.shape.length > 0) return tensor(iter.shape.slice(1));
  return UNKNOWN_VALUE;
}

/** Whether a loop certainly runs its body once: its test holds on entry, or it iterates a non-empty tuple or tensor. */
function runsAtLeastOnce(test: Value | null, iterable: Value | null): boolean {
  if (iterable) {
    if (iterable.t === "tuple") return iterable.items.length > 0;
    if (iterable.t === "tensor" && iterable.shape && iterable.shape.length > 0) return shapes.dimLess(0, iterable.shape[0] as Dim) === "yes";
    return false;
  }
  return test !== null && test.t === "bool" && test.value === true;
}

/** Whether a statement may leave the current iteration of a loop early (break, continue, return). */
function mayLeave(s: Stmt): boolean {
  switch (s.kind) {
    case "jump":
    case "return":
      return true;
    case "if":
      return s.then.some(mayLeave) || s.else.some(mayLeave);
    case "block":
    case "opaque":
      return s.body.some(mayLeave);
    case "loop":
      // Its own break/continue stay inside it; a return leaves.
      return s.body.some(function returns(x: Stmt): boolean {
        return x.kind === "return" || (x.kind === "if" && (x.then.some(returns) || x.else.some(returns))) || ((x.kind === "block" || x.kind === "opaque" || x.kind === "loop") && x.body.some(returns));
      });
    default:
      return false;
  }
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
    t.vars.clear();
    for (const [k, v] of f.vars) t.vars.set(k, v);
    t = t.parent;
    f = f.parent;
  }
}

function elementOf(v: Value, i: number): Value {
  if (v.t === "tuple") return v.items[i] ?? UNKNOWN_VALUE;
  if (v.t === "tensor" && v.shape) return v.shape.length > 0 ? tensor(v.shape.slice(1)) : UNKNOWN_VALUE;
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

