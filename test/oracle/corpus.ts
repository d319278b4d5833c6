/**
 * The oracle's recorded corpus: generated programs kept as files, each with what the engine did
 * when it ran them, so `npm test` judges the analyzer on them without depending on the generator's
 * luck, and notices when the engine's behaviour on them changes.
 *
 * Each file starts with one header line:
 *   // oracle: seed 17, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 7, got 5
 *   // oracle: seed 18, open, runs cleanly
 * (lines count in the file as written, header included). `npm run oracle:record` rewrites the corpus.
 */
import type { RunOutcome } from "../helpers/execute";

export interface CorpusHeader {
  readonly seed: number;
  readonly closed: boolean;
  /** `line: message` of the first error, or null for a clean run. */
  readonly raised: string | null;
}

const HEADER = /^\/\/ oracle: seed (\d+), (closed|open), (?:runs cleanly|raises at (.+))$/;

export function parseHeader(text: string): CorpusHeader | null {
  const m = HEADER.exec(text.split("\n", 1)[0] ?? "");
  if (!m) return null;
  return { seed: Number(m[1]), closed: m[2] === "closed", raised: m[3] ?? null };
}

export function formatHeader(h: CorpusHeader): string {
  return `// oracle: seed ${h.seed}, ${h.closed ? "closed" : "open"}, ${h.raised === null ? "runs cleanly" : `raises at ${h.raised}`}`;
}

/** `line: message` of a run's first error (1-based line of the innermost user frame). */
export function raisedOf(outcome: RunOutcome): string | null {
  if (outcome.kind !== "error") return null;
  return `${(outcome.error.frames[0]?.line ?? -1) + 1}: ${outcome.error.message}`;
}
