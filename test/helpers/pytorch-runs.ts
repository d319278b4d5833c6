/**
 * The rule that holds fixtures' expectations to what real PyTorch 1.13.1 did when it ran them,
 * shared by the Python fixtures (test/goldens/python-fixture-runs.json, tools/python-fixture-runs.py)
 * and the notebook fixtures (test/goldens/notebook-fixture-runs.json, tools/notebook-fixture-runs.py;
 * their lines count over the code cells joined). The tools apply the same rule in Python:
 * - an `error` expectation sits under the line that raised and quotes part of PyTorch's message;
 *   a run that raised has an error expectation on that line (so a fixture without one is proven
 *   to run clean);
 * - a `warning` expectation of a code with PyTorch's text matches a warning PyTorch emitted on its
 *   line, and every warning PyTorch emitted is expected (batch-first-suspect is RNN Lens's own
 *   advice and has no PyTorch warning).
 */
import type { DiagnosticCode } from "../../server/analysis/interpreter/findings";
import type { Expectation } from "./expectations";

export interface RecordedWarning {
  readonly category: string;
  readonly message: string;
  readonly line: number | null;
}

export interface RecordedRun {
  readonly result: "clean" | "error";
  readonly error?: { readonly type: string; readonly message: string; readonly line: number | null };
  readonly warnings: readonly RecordedWarning[];
}

export interface RecordedRuns<R extends RecordedRun = RecordedRun> {
  readonly meta: { readonly torch: string; readonly generated_by: string };
  readonly runs: Readonly<Record<string, R>>;
}

/** RNN Lens's own advice: no PyTorch warning or error carries its text. */
export const ADVICE_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(["batch-first-suspect"]);

/** Where a fixture's expectations and its recorded run disagree (the rule in the header). */
export function disagreements(name: string, expected: readonly Expectation[], run: RecordedRun): string[] {
  const problems: string[] = [];
  const error = run.result === "error" ? (run.error ?? null) : null;
  const codeLine = (x: Expectation) => x.line + 1;
  const errors = expected.filter((x) => x.severity === "error");
  for (const x of errors) {
    const where = `${name}:${x.at}`;
    if (x.message === null) problems.push(`${where}: an error expectation must give PyTorch's message`);
    if (error === null) problems.push(`${where}: expects ${x.code} on line ${codeLine(x)}, but the fixture ran clean`);
    else if (error.line !== codeLine(x)) problems.push(`${where}: expects ${x.code} on line ${codeLine(x)}, but PyTorch raised on line ${error.line}: ${error.type}: ${error.message}`);
    else if (x.message !== null && !error.message.includes(x.message)) problems.push(`${where}: ${JSON.stringify(x.message)} is not in PyTorch's message ${JSON.stringify(error.message)}`);
  }
  if (error !== null && !errors.some((x) => codeLine(x) === error.line)) {
    problems.push(`${name}:${error.line}: PyTorch raised ${error.type}: ${JSON.stringify(error.message)} where no error is expected`);
  }
  const warned = expected.filter((x) => x.severity === "warning" && !ADVICE_CODES.has(x.code));
  const matches = (x: Expectation, w: RecordedWarning) => w.line === codeLine(x) && (x.message === null || w.message.includes(x.message));
  for (const x of warned) {
    if (!run.warnings.some((w) => matches(x, w))) {
      const got = run.warnings.map((w) => `line ${w.line}: ${w.message}`).join("; ") || "none";
      problems.push(`${name}:${x.at}: expects a ${x.code} warning on line ${codeLine(x)}; PyTorch's warnings: ${got}`);
    }
  }
  for (const w of run.warnings) {
    if (!warned.some((x) => matches(x, w))) problems.push(`${name}:${w.line}: PyTorch warned ${w.category}: ${JSON.stringify(w.message)} where no warning is expected`);
  }
  return problems;
}
