/**
 * The Python oracle's recorded corpus (test/oracle/python-corpus/): generated programs kept as
 * `.py` files, and `outcomes.json` with what real PyTorch 1.13.1 did when it ran each one, so
 * `npm test` judges the analyzer without PyTorch. `npm run oracle:record:python` rewrites it.
 *
 * Each program starts with one header line, part of the program as it ran (recorded lines count
 * in the file as written):
 *   # oracle: seed 17, closed, raises RuntimeError at line 12
 *   # oracle: seed 18, open, runs cleanly
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PYTHON_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "python-corpus");
export const OUTCOMES_FILE = "outcomes.json";

/** Where an exception or a warning was: the program's own lines it passed through, innermost first. */
export interface RecordedRaise {
  readonly type: string;
  readonly message: string;
  readonly lines: readonly number[];
}

export interface RecordedWarning {
  readonly category: string;
  readonly message: string;
  readonly lines: readonly number[];
}

/** What one run did (tools/run-python-programs.py writes it). */
export interface RecordedRun {
  readonly outcome: "clean" | "error";
  readonly error: RecordedRaise | null;
  readonly warnings: readonly RecordedWarning[];
  /** Every line of the program that started executing (1-based). */
  readonly ran: readonly number[];
}

export interface RecordedProgram extends RecordedRun {
  readonly seed: number;
  readonly closed: boolean;
  readonly scenes: readonly string[];
}

export interface Outcomes {
  /** The PyTorch and Python versions that ran the programs. */
  readonly torch: string;
  readonly python: string;
  /** By file name in the corpus folder. */
  readonly programs: Readonly<Record<string, RecordedProgram>>;
}

export function corpusFileName(seed: number): string {
  return `${String(seed).padStart(4, "0")}.py`;
}

export function formatHeader(seed: number, closed: boolean, run: RecordedRun | null): string {
  const what = run === null ? "not run yet" : run.error ? `raises ${run.error.type} at line ${run.error.lines[0] ?? "?"}` : "runs cleanly";
  return `# oracle: seed ${seed}, ${closed ? "closed" : "open"}, ${what}`;
}

export function readOutcomes(dir = PYTHON_CORPUS_DIR): Outcomes {
  return JSON.parse(readFileSync(join(dir, OUTCOMES_FILE), "utf8")) as Outcomes;
}
