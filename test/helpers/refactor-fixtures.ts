/**
 * Refactor fixtures (test/fixtures/refactors/<kind>/<case>.ts): reading the selection marked in
 * a case, and the case's expectation. See test/fixtures/refactors/README.md.
 */
import type { Span } from "../../server/analysis/ir";

export interface RefactorCase {
  /** The case's text with the selection markers taken out: what is analyzed and rewritten. */
  readonly text: string;
  readonly selection: Span;
  /** The title of the action the case applies, or null when nothing of the folder's kind may be offered. */
  readonly apply: string | null;
}

const CURSOR = "/*|*/";
const OPEN = "/*[*/";
const CLOSE = "/*]*/";
const HEADER = /^\/\/ refactor: (.+)$/m;

export function parseRefactorCase(source: string, name: string): RefactorCase {
  const header = HEADER.exec(source)?.[1]?.trim();
  if (!header) throw new Error(`${name}: no "// refactor: <title>" (or "// refactor: none") line`);
  const cursor = source.indexOf(CURSOR);
  const open = source.indexOf(OPEN);
  const close = source.indexOf(CLOSE);
  if ((cursor >= 0) === (open >= 0) || (open >= 0) !== (close > open)) throw new Error(`${name}: mark either a cursor ${CURSOR} or a selection ${OPEN}...${CLOSE}, once`);
  if (cursor >= 0) {
    if (source.indexOf(CURSOR, cursor + 1) >= 0) throw new Error(`${name}: more than one cursor`);
    return { text: source.slice(0, cursor) + source.slice(cursor + CURSOR.length), selection: { start: cursor, end: cursor }, apply: header === "none" ? null : header };
  }
  const text = source.slice(0, open) + source.slice(open + OPEN.length, close) + source.slice(close + CLOSE.length);
  return { text, selection: { start: open, end: close - OPEN.length }, apply: header === "none" ? null : header };
}
