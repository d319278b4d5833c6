/**
 * `@shape` annotations in TypeScript/JavaScript comments:
 *   /** @shape x [seq, batch, 10] *\/   on a function or method: parameter x's shape
 *   /** @shape return [batch, 20] *\/  on a function or method: the returned tensor's shape
 *   // @shape [seq, batch, 10]         right before a declaration: the declared value's shape
 * Dims are expressions (`2*hidden`, `this.hidden`) lowered like code, with spans inside the comment.
 */
import ts from "typescript";
import type { Expr, ShapeAnnotation, Span } from "../../ir";

/** Lowers an expression of a (small) source file whose offsets are shifted into the real file. */
export type ExprLowering = (node: ts.Expression, sf: ts.SourceFile, shift: number) => Expr;

const SHAPE_TAG = /@shape\s+(?:([A-Za-z_$][\w$]*)\s+)?(\[[^\]\n]*\])/g;

export interface ParsedShapeTag {
  /** The parameter it names, "return", or null for a declaration's own annotation. */
  readonly target: string | null;
  readonly annotation: ShapeAnnotation;
}

/** Parses `[a, b, c]` starting at `offset` in the file into dim expressions. */
function parseDims(text: string, offset: number, lowerExpr: ExprLowering, onSpan?: (s: Span) => void): ShapeAnnotation | null {
  const sf = ts.createSourceFile("shape.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const stmt = sf.statements[0];
  if (!stmt || !ts.isExpressionStatement(stmt) || !ts.isArrayLiteralExpression(stmt.expression)) return null;
  const dims = stmt.expression.elements.map((e) => lowerExpr(e, sf, offset));
  const span = { start: offset, end: offset + text.length };
  onSpan?.(span);
  return { dims, span };
}

/** Every `@shape` tag in the comments that lead `node` (the trivia between its `pos` and its first token). */
export function leadingShapeTags(node: ts.Node, sf: ts.SourceFile, lowerExpr: ExprLowering, onSpan?: (s: Span) => void): ParsedShapeTag[] {
  const text = sf.text;
  const start = node.getStart(sf);
  const trivia = text.slice(node.pos, start);
  if (!trivia.includes("@shape")) return [];
  const out: ParsedShapeTag[] = [];
  SHAPE_TAG.lastIndex = 0;
  for (let m = SHAPE_TAG.exec(trivia); m; m = SHAPE_TAG.exec(trivia)) {
    const dimsText = m[2] as string;
    const dimsOffset = node.pos + m.index + m[0].length - dimsText.length;
    const annotation = parseDims(dimsText, dimsOffset, lowerExpr, onSpan);
    if (annotation) out.push({ target: m[1] ?? null, annotation });
  }
  return out;
}
