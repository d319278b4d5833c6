/**
 * Where a position stands on its line, from the text alone: what the refactors' offers check
 * (server/analysis/refactors/) and what their rewrites write (server/refactors/). No TypeScript
 * here: the rewriting chunk imports it too.
 */

/** The spaces and tabs before `pos` on its line, or null when anything else comes before it there. */
export function indentBefore(text: string, pos: number): string | null {
  const before = text.slice(text.lastIndexOf("\n", pos - 1) + 1, pos);
  return /^[ \t]*$/.test(before) ? before : null;
}

/** Whether only spaces and tabs come before `pos` on its line. */
export function startsLine(text: string, pos: number): boolean {
  return indentBefore(text, pos) !== null;
}

/** Whether no line break lies between the two positions. */
export function sameLine(text: string, a: number, b: number): boolean {
  return !text.slice(Math.min(a, b), Math.max(a, b)).includes("\n");
}
