/**
 * Rewrite: a constructor's positional arguments to an options object and back (the offer,
 * server/analysis/refactors/constructor-args.ts, says what moves). What stays is left as
 * written: an options object's own properties, their comments and layout. Entries that are
 * added follow the layout: on one line when the object or argument list is, else one per line at
 * the entries' indentation, with a trailing comma where the list had one.
 */
import { Node, type NewExpression, type ObjectLiteralElementLike, type ObjectLiteralExpression } from "ts-morph";
import type { Span } from "../analysis/ir";
import type { RefactorEdit } from "../analysis/refactors/types";
import { sameLine } from "../analysis/refactors/indentation";
import { argumentsBounds, indentationOf } from "./layout";
import { nodeAt, type Transform } from "./transform";

export const constructorArgs: Transform<"constructor-args"> = (sf, offer) => {
  const call = nodeAt(sf, offer.target, Node.isNewExpression);
  const bounds = call ? argumentsBounds(call) : null;
  if (!call || !bounds) return null;
  const text = sf.getFullText();
  const list: Span = { start: bounds.open, end: bounds.close };
  const { direction, moved, kept } = offer.data;
  const slice = (s: Span) => text.slice(s.start, s.end);
  const literal = optionsLiteral(call);
  const props = literal?.getProperties() ?? [];
  if (direction === "to-options") {
    // `inputSize: inputSize` is written `inputSize`.
    const entries = moved.map((m) => (slice(m.value) === m.key ? m.key : `${m.key}: ${slice(m.value)}`));
    const first = props[0];
    // Into the options object: its own text stays; the new entries go before its first property.
    if (literal && first && kept.length === props.length) {
      const multiLine = !sameLine(text, first.getStart(), literal.getStart());
      const indent = indentationOf(text, first.getStart());
      const head = multiLine ? `{\n${entries.map((e) => `${indent}${e},\n`).join("")}${indent}` : `{ ${entries.map((e) => `${e}, `).join("")}`;
      return [{ span: { start: list.start, end: first.getStart() }, newText: head }];
    }
    return [{ span: list, newText: objectText(entries, argumentLayout(text, call, list)) }];
  }
  const values = moved.map((m) => slice(m.value));
  if (!literal) return null;
  if (kept.length === 0) return [{ span: list, newText: values.join(", ") }];
  const movedProps = props.filter((p) => moved.some((m) => sameSpan(valueSpan(p), m.value)));
  if (movedProps.length !== moved.length) return null;
  return [{ span: { start: literal.getStart(), end: literal.getStart() }, newText: `${values.join(", ")}, ` }, ...removals(props, movedProps)];
};

/** Deletes the moved properties with their separators; a run at the end takes the comma before it. */
function removals(props: readonly ObjectLiteralElementLike[], gone: readonly ObjectLiteralElementLike[]): RefactorEdit[] {
  const out: RefactorEdit[] = [];
  let i = 0;
  while (i < props.length) {
    if (!gone.includes(props[i] as ObjectLiteralElementLike)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < props.length && gone.includes(props[j + 1] as ObjectLiteralElementLike)) j++;
    const next = props[j + 1];
    const prev = props[i - 1];
    const first = props[i] as ObjectLiteralElementLike;
    const last = props[j] as ObjectLiteralElementLike;
    if (next) out.push({ span: { start: first.getStart(), end: next.getStart() }, newText: "" });
    else if (prev) out.push({ span: { start: prev.getEnd(), end: last.getEnd() }, newText: "" });
    i = j + 1;
  }
  return out;
}

function valueSpan(p: ObjectLiteralElementLike): Span {
  const v = Node.isPropertyAssignment(p) ? p.getInitializer() : Node.isShorthandPropertyAssignment(p) ? p.getNameNode() : undefined;
  return v ? { start: v.getStart(), end: v.getEnd() } : { start: -1, end: -1 };
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The call's options object literal (its last argument), if it has one. */
function optionsLiteral(call: NewExpression): ObjectLiteralExpression | null {
  const args = call.getArguments();
  const last = args[args.length - 1];
  return last && Node.isObjectLiteralExpression(last) ? last : null;
}

interface Layout {
  /** null: on one line; else the indentation of each entry and of the closing brace. */
  readonly lines: { readonly indent: string; readonly closing: string } | null;
  readonly trailingComma: boolean;
}

function objectText(entries: readonly string[], layout: Layout): string {
  if (!layout.lines) return `{ ${entries.join(", ")} }`;
  const { indent, closing } = layout.lines;
  return `{\n${entries.map((e) => `${indent}${e}`).join(",\n")}${layout.trailingComma ? "," : ""}\n${closing}}`;
}

/** The argument list's layout: one argument per line when the first is not on the line of `(`. */
function argumentLayout(text: string, call: NewExpression, list: Span): Layout {
  const args = call.getArguments();
  const first = args[0];
  const last = args[args.length - 1];
  if (!first || !last || sameLine(text, first.getStart(), list.start)) return { lines: null, trailingComma: false };
  const closeOwnLine = text.slice(text.lastIndexOf("\n", list.end - 1) + 1, list.end).trim() === "";
  return {
    lines: { indent: indentationOf(text, first.getStart()), closing: closeOwnLine ? indentationOf(text, list.end) : indentationOf(text, call.getStart()) },
    trailingComma: text.slice(last.getEnd(), list.end).trim().startsWith(","),
  };
}
