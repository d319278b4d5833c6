/** What a refactor's rewrite is, and the helpers every rewrite uses. */
import type { Node, SourceFile } from "ts-morph";
import type { Span } from "../analysis/ir";
import type { RefactorKind, RefactorOffer } from "../analysis/refactors/registry";
import type { RefactorEdit } from "../analysis/refactors/types";

/**
 * A refactor's rewrite: the file (parsed by ts-morph, the text the offer was made on) and the
 * offer -> the edits, as few and as small as possible and written in the file's own style; or
 * null when the code is not what the offer says (then nothing is applied).
 */
export type Transform<K extends RefactorKind> = (sf: SourceFile, offer: RefactorOffer<K>) => readonly RefactorEdit[] | null;

/** The node of the kind `is` accepts whose span is exactly `span` (the outermost when several are). */
export function nodeAt<T extends Node>(sf: SourceFile, span: Span, is: (n: Node) => n is T): T | null {
  let found: T | null = null;
  sf.forEachDescendant((n, traversal) => {
    if (n.getEnd() < span.end || n.getPos() > span.start) {
      traversal.skip();
      return;
    }
    if (n.getStart() === span.start && n.getEnd() === span.end && is(n)) {
      found = n;
      traversal.stop();
    }
  });
  return found;
}

/**
 * The edit narrowed to what it changes: the text it keeps at its start and end is left out (a
 * rewritten argument list usually keeps most of its text). Null when it changes nothing.
 */
export function narrowEdit(text: string, edit: RefactorEdit): RefactorEdit | null {
  const old = text.slice(edit.span.start, edit.span.end);
  const next = edit.newText;
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  if (head === old.length && head === next.length) return null;
  return { span: { start: edit.span.start + head, end: edit.span.end - tail }, newText: next.slice(head, next.length - tail) };
}

/** The text with the edits applied (edits must not overlap). */
export function applyEdits(text: string, edits: readonly RefactorEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
