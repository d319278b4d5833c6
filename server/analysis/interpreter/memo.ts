/**
 * Incremental evaluation: what a file's top-level statements, declaration analyses and instance
 * analyses did last time, reused when nothing they read has changed.
 *
 * A unit (a top-level statement, a class's or function's own analysis, the methods of an
 * instance) records the module-scope names it read with the values it saw, the bindings it made,
 * and the findings, facts and pending instances it produced. On the next run, when every name it
 * read still holds the identical value (same object), replaying those effects is what evaluating
 * it again would do. Values are only ever replaced, never changed in place, in the ways that
 * matter here, so identity is a sound test; an edit creates new values for the statements it
 * touches, and so re-evaluates exactly those and what reads them.
 */
import type { Fact, Mutation } from "./context";
import type { Finding } from "./findings";
import type { FunctionValue, InstanceValue, Scope, TensorValue, Value } from "./values";

export interface MemoEntry {
  readonly reads: ReadonlyMap<string, Value | undefined>;
  readonly writes: readonly [string, Value][];
  readonly findings: readonly Finding[];
  readonly facts: readonly Fact[];
  readonly instances: readonly InstanceValue[];
  readonly mutations: readonly Mutation[];
  /**
   * The objects (properties, fields, map entries) reachable from what the unit read, as they were
   * when it started: objects change in place, so an identical binding may hold other contents.
   */
  readonly heapReads: readonly (readonly [Map<string, Value>, ReadonlyMap<string, Value>])[];
  /**
   * The tensors reachable from what the unit read, with their dims and labels as they were when it
   * started: naming an unknown dim (`x.size(0)`) and labelling dims change a shared tensor in
   * place, and the first unit to do so wins, so a unit's work depends on what units before it did.
   */
  readonly tensorReads: readonly TensorState[];
  /** Callbacks the unit registered to run after the top level (timers, promise callbacks). */
  readonly deferred: readonly { readonly fn: FunctionValue; readonly args: readonly Value[]; readonly phase: number }[];
  /** Evaluation steps the unit took: a replay counts them, so the budget runs out where it would. */
  readonly steps: number;
}

/** A tensor's in-place state: its dims (by identity) and labels. */
export interface TensorState {
  readonly tensor: TensorValue;
  readonly dims: readonly unknown[] | null;
  readonly labels: TensorValue["labels"];
}

export function tensorState(t: TensorValue): TensorState {
  return { tensor: t, dims: t.shape ? [...t.shape] : null, labels: t.labels };
}

/** Whether a tensor holds what it held when a remembered unit read it. */
export function sameTensorState(s: TensorState): boolean {
  const { shape, labels } = s.tensor;
  if (labels !== s.labels) return false;
  if (!shape || !s.dims) return shape === s.dims;
  if (shape.length !== s.dims.length) return false;
  for (let i = 0; i < shape.length; i++) if (shape[i] !== s.dims[i]) return false;
  return true;
}

/** Module scope whose reads and writes are recorded while a unit runs. */
export class TrackedVars extends Map<string, Value> {
  reads: Map<string, Value | undefined> | null = null;
  writes: [string, Value][] | null = null;

  override get(name: string): Value | undefined {
    const v = super.get(name);
    if (this.reads && !this.reads.has(name)) this.reads.set(name, v);
    return v;
  }

  override has(name: string): boolean {
    const h = super.has(name);
    if (this.reads && !this.reads.has(name)) this.reads.set(name, super.get(name));
    return h;
  }

  override set(name: string, v: Value): this {
    if (this.writes) this.writes.push([name, v]);
    return super.set(name, v);
  }

  /** The value without recording a read. */
  peek(name: string): Value | undefined {
    return super.get(name);
  }

  /** Records a read of a name's value at the unit's start, unless one was recorded already. */
  noteRead(name: string, v: Value | undefined): void {
    if (this.reads && !this.reads.has(name)) this.reads.set(name, v);
  }
}

/**
 * A copy of the module scope for one way of a branch at the top level (see Interpreter.fork).
 * Copying must not count as reading every name (a remembered branch would then depend on the
 * whole module): a read counts when it happens, of a name the copy has not changed yet, whose
 * value is then the module's when the branch started.
 */
export class ForkedVars extends Map<string, Value> {
  private tracked: TrackedVars | null = null;
  /** Names this copy (or the copy it was made from) assigned: their values are not the module's. */
  private written: Set<string> | null = null;

  static of(from: TrackedVars | ForkedVars): ForkedVars {
    const out = new ForkedVars();
    for (const [k, v] of Map.prototype.entries.call(from) as IterableIterator<[string, Value]>) Map.prototype.set.call(out, k, v);
    out.tracked = from instanceof ForkedVars ? from.tracked : from;
    out.written = new Set(from instanceof ForkedVars ? from.written : []);
    return out;
  }

  private note(name: string): void {
    if (this.tracked && this.written && !this.written.has(name)) this.tracked.noteRead(name, super.get(name));
  }

  override get(name: string): Value | undefined {
    this.note(name);
    return super.get(name);
  }

  override has(name: string): boolean {
    this.note(name);
    return super.has(name);
  }

  override set(name: string, v: Value): this {
    this.written?.add(name);
    return super.set(name, v);
  }

  override delete(name: string): boolean {
    this.written?.add(name);
    return super.delete(name);
  }
}

/** What persists between two analyses of one file. */
export class InterpreterMemo {
  /** The module scope is the same object across runs, so closures kept in reused values see the new bindings. */
  readonly vars = new TrackedVars();
  readonly moduleScope: Scope = { vars: this.vars, parent: null };
  /** Keyed by IR statement / declaration / instance objects, which are reused across runs when unchanged. */
  entries = new WeakMap<object, MemoEntry>();
  /** Top-level function values, by declaration. */
  readonly functionValues = new WeakMap<object, FunctionValue>();
  /** Every entry's findings and facts, so the workspace can move their spans after an edit. */
  live = new Set<MemoEntry>();

  /** Which engine globals the file leaves unbound (see Interpreter.global). */
  private globalsKey = "";

  /** The previous run's shared-value changes, undone before the next run starts. */
  journal: readonly Mutation[] = [];

  /** Starts a run: the module scope is rebuilt from scratch by the statements, on values as they were before any run. */
  beginRun(globalsKey: string): void {
    Map.prototype.clear.call(this.vars);
    if (globalsKey !== this.globalsKey) this.entries = new WeakMap();
    this.globalsKey = globalsKey;
    for (let i = this.journal.length - 1; i >= 0; i--) this.journal[i]?.undo();
    this.journal = [];
    this.live = new Set();
  }
}
