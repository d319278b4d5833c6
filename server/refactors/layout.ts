/**
 * Text edits that add an item to a comma-separated list (an object literal's properties, a
 * call's arguments) the way the list is already written: on one line, `, item` after the last;
 * one item per line, a new line at the last item's indentation, keeping a trailing comma and a
 * comment at the end of the last line where they are.
 */
import { SyntaxKind, ts, type CallExpression, type NewExpression, type Node } from "ts-morph";
import { sameLine } from "../analysis/refactors/indentation";
import type { RefactorEdit } from "../analysis/refactors/types";

export interface ListShape {
  /** The offset just after the opening `{` or `(`. */
  readonly open: number;
  /** The offset of the closing `}` or `)`. */
  readonly close: number;
  readonly items: readonly Node[];
  /** What an empty list gets between its brackets around the item: `{ item }` but `(item)`. */
  readonly pad: string;
}

/** Where a call's arguments go: just after its `(` and at its `)`; null when it has no parentheses (`new X`). */
export function argumentsBounds(call: CallExpression | NewExpression): { readonly open: number; readonly close: number } | null {
  const open = call.getFirstChildByKind(SyntaxKind.OpenParenToken);
  const close = call.getLastChildByKind(SyntaxKind.CloseParenToken);
  return open && close ? { open: open.getEnd(), close: close.getStart() } : null;
}

export function appendToList(text: string, list: ListShape, item: string): RefactorEdit[] {
  const last = list.items[list.items.length - 1];
  if (!last) {
    // Keep a comment written in the empty list: insert before it.
    const inner = text.slice(list.open, list.close);
    if (inner.trim() === "") return [{ span: { start: list.open, end: list.close }, newText: `${list.pad}${item}${list.pad}` }];
    return [{ span: { start: list.open, end: list.open }, newText: `${list.pad}${item},` }];
  }
  const end = last.getEnd();
  const comma = trailingComma(text, end, list.close);
  const multiLine = !sameLine(text, last.getStart(), list.open);
  if (!multiLine) {
    if (comma !== null) return [{ span: { start: comma + 1, end: comma + 1 }, newText: ` ${item},` }];
    return [{ span: { start: end, end }, newText: `, ${item}` }];
  }
  const indent = indentationOf(text, last.getStart());
  const after = endOfTrailingComments(text, comma !== null ? comma + 1 : end);
  if (comma !== null) return [{ span: { start: after, end: after }, newText: `\n${indent}${item},` }];
  if (after === end) return [{ span: { start: end, end }, newText: `,\n${indent}${item}` }];
  return [
    { span: { start: end, end }, newText: "," },
    { span: { start: after, end: after }, newText: `\n${indent}${item}` },
  ];
}

/** The offset of the comma right after `end` (trivia between allowed), or null. */
function trailingComma(text: string, end: number, close: number): number | null {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text, undefined, end, close - end);
  return scanner.scan() === ts.SyntaxKind.CommaToken ? scanner.getTokenStart() : null;
}

/** The end of the comments that follow `pos` on its line (`pos` when there are none). */
function endOfTrailingComments(text: string, pos: number): number {
  const ranges = ts.getTrailingCommentRanges(text, pos);
  const lastRange = ranges?.[ranges.length - 1];
  return lastRange ? lastRange.end : pos;
}

/** The whitespace that starts the line `pos` is on. */
export function indentationOf(text: string, pos: number): string {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
}
