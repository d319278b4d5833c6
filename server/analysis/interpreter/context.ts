/**
 * What one file's analysis accumulates while it runs: findings, facts (the value seen at each
 * position, for hovers, inlay hints and `rnnlens shapes`), and the work budget that keeps a
 * pathological file from taking the server down.
 */
import type { Span } from "../ir";
import type { Finding } from "./findings";
import type { ModuleValue, Value } from "./values";

export type FactRole = "declaration" | "use" | "call" | "member";

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

export class BudgetExceeded extends Error {
  constructor() {
    super("analysis budget exceeded");
  }
}

export class AnalysisContext {
  readonly findings: Finding[] = [];
  readonly facts: Fact[] = [];
  private readonly seen = new Set<string>();
  private steps = 0;
  /** Set when the budget ran out: the results are partial. */
  truncated = false;

  constructor(
    readonly file: string,
    private readonly maxSteps: number,
  ) {}

  /** Counts one unit of work; throws BudgetExceeded past the limit. */
  step(): void {
    if (++this.steps > this.maxSteps) {
      this.truncated = true;
      throw new BudgetExceeded();
    }
  }

  /** Adds a finding unless one with the same code is already at the same place. */
  report(f: Finding): void {
    const key = `${f.file}:${f.span.start}:${f.span.end}:${f.code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(f);
  }

  /** Where the results stand now, to undo a quiet evaluation later. */
  checkpoint(): { findings: number; facts: number } {
    return { findings: this.findings.length, facts: this.facts.length };
  }

  rollback(mark: { findings: number; facts: number }): void {
    for (const f of this.findings.splice(mark.findings)) this.seen.delete(`${f.file}:${f.span.start}:${f.span.end}:${f.code}`);
    this.facts.length = mark.facts;
  }

  fact(f: Fact): void {
    this.facts.push(f);
  }
}
