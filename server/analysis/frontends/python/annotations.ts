/**
 * `@shape` annotations in Python comments, with the meaning they have in TypeScript:
 *   # @shape [seq, batch, 10]        right above an assignment: the assigned value's shape
 *   # @shape x [seq, batch, 10]      right above a `def`: parameter x's shape
 *   # @shape return [batch, 20]      right above a `def`: the returned tensor's shape
 * Only the comment lines directly above the statement count (no blank line between).
 */
import type { Expr, ShapeAnnotation } from "../../ir";

export interface ShapeComment {
  /** The parameter it names, "return", or null for the assigned value's own shape. */
  readonly target: string | null;
  readonly annotation: ShapeAnnotation;
}

const SHAPE_TAG = /@shape\s+(?:([A-Za-z_]\w*)\s+)?(\[[^\]\n]*\])/g;

/**
 * The `@shape` tags of the comment lines right above the line where `start` is. `lowerDims`
 * turns `[a, b]` (at its offset in the file) into dim expressions, or null when it does not parse.
 */
export function shapeComments(text: string, start: number, lowerDims: (dimsText: string, offset: number) => Expr[] | null): ShapeComment[] {
  const out: ShapeComment[] = [];
  let lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // Only what precedes the statement on its own line may be indentation.
  if (text.slice(lineStart, start).trim() !== "") return out;
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    const trimmed = line.trimStart();
    if (!trimmed.startsWith("#")) break;
    if (trimmed.includes("@shape")) {
      SHAPE_TAG.lastIndex = 0;
      for (let m = SHAPE_TAG.exec(line); m; m = SHAPE_TAG.exec(line)) {
        const dimsText = m[2] as string;
        const offset = prevStart + m.index + m[0].length - dimsText.length;
        const dims = lowerDims(dimsText, offset);
        if (dims) out.push({ target: m[1] ?? null, annotation: { dims, span: { start: offset, end: offset + dimsText.length } } });
      }
    }
    lineStart = prevStart;
  }
  return out;
}
