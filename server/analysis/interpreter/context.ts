/**
 * What one file's analysis accumulates while it runs: findings, facts (the value seen at each
 * position, for hovers, inlay hints and `rnnlens shapes`), and the work budget that keeps a
 * pathological file from taking the server down.
 */
import type { Span } from "../ir";
import type { Finding } from "./findings";
import type { ModuleValue, TensorValue, Value } from "./values";

/**
 * `return`: a tensor a `return` statement returns, at its expression (the shape-JSDoc refactor
 * reads it; hovers and `rnnlens shapes` do not show it).
 */
export type FactRole = "declaration" | "use" | "call" | "member" | "return";

export interface Fact {
  readonly span: Span;
  readonly role: FactRole;
  /** The identifier or expression text shown in hovers. */
  readonly name: string;
  readonly value: Value;
  /** For forward calls: the module called and the arguments' values. */
  readonly module?: ModuleValue;
  readonly args?: readonly Value[];
}

/**
 * A change the analysis makes to a value it shares (naming an unknown dim, labelling a tensor's
 * dims). Recorded so an incremental analysis can undo a previous run's changes and replay those
 * of the work it reuses, and so end with the values a fresh analysis would have.
 */
export interface Mutation {
  readonly redo: () => void;
  readonly undo: () => void;
  /** The tensor named or labelled, and the dim named (undefined: the labels). */
  readonly tensor?: TensorValue;
  readonly dim?: number;
}

export class BudgetExceeded extends Error {
  constructor() {
    super("analysis budget exceeded");
  }
}

export class AnalysisContext {
  readonly findings: Finding[] = [];
  readonly facts: Fact[] = [];
  /** Every shared-value change of this run, in order. */
  readonly journal: Mutation[] = [];
  private readonly seen = new Set<string>();
  private steps = 0;
  /** Set when the budget ran out: the results are partial. */
  truncated = false;

  constructor(
    readonly file: string,
    private readonly maxSteps: number,
  ) {}

  get stepsTaken(): number {
    return this.steps;
  }

  /** Whether `n` more steps stay within the budget (a remembered unit is replayed only then). */
  canTake(n: number): boolean {
    return this.steps + n <= this.maxSteps;
  }

  /** Counts the steps of a replayed unit. */
  take(n: number): void {
    this.steps += n;
  }

  /** Counts one unit of work; throws BudgetExceeded past the limit. */
  step(): void {
    if (++this.steps > this.maxSteps) {
      this.truncated = true;
      throw new BudgetExceeded();
    }
  }

  /**
   * Every finding reported while a memoized unit runs, duplicates included: what the unit
   * reports must not depend on what other units reported before it (see memo.ts).
   */
  capture: Finding[] | null = null;

  /** Errors reported so far, duplicates included: code after one of them does not run. */
  errorsReported = 0;

  /** Adds a finding unless one with the same code is already at the same place. */
  report(f: Finding): void {
    if (f.severity === "error") this.errorsReported++;
    this.capture?.push(f);
    const key = `${f.file}:${f.span.start}:${f.span.end}:${f.code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(f);
  }

  /** Where the results stand now, to undo a quiet evaluation later. */
  checkpoint(): { findings: number; facts: number; journal: number; captured: number } {
    return { findings: this.findings.length, facts: this.facts.length, journal: this.journal.length, captured: this.capture?.length ?? 0 };
  }

  /** Drops what was reported since the mark; shared-value changes stay (a quiet pass's are real). */
  rollback(mark: { findings: number; facts: number; captured: number }): void {
    for (const f of this.findings.splice(mark.findings)) this.seen.delete(`${f.file}:${f.span.start}:${f.span.end}:${f.code}`);
    this.facts.length = mark.facts;
    if (this.capture) this.capture.length = mark.captured;
  }

  /** Applies and records a change to a shared value. */
  mutate(m: Mutation): void {
    m.redo();
    this.journal.push(m);
  }

  fact(f: Fact): void {
    this.facts.push(f);
  }
}
