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
import type { FunctionValue, InstanceValue, Scope, Value } from "./values";

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
  /** Callbacks the unit registered to run after the top level (timers, promise callbacks). */
  readonly deferred: readonly { readonly fn: FunctionValue; readonly args: readonly Value[]; readonly phase: number }[];
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
