/** `rnnlens shapes FILE`: every inferred tensor shape and module, by position. */
import { shapeEntries } from "../analysis/queries";
import type { FileAnalysis } from "../analysis/workspace";
import type { Range } from "./analyze";

export interface JsonShape {
  readonly range: Range;
  readonly name: string;
  readonly kind: "tensor" | "module" | "call";
  readonly text: string;
}

export interface JsonShapesOutput {
  readonly file: string;
  readonly shapes: readonly JsonShape[];
}

export function shapesOf(a: FileAnalysis): JsonShape[] {
  return shapeEntries(a).map((e) => ({
    range: { start: a.lines.position(e.span.start), end: a.lines.position(e.span.end) },
    name: e.name,
    kind: e.kind,
    text: e.text,
  }));
}

/** `line:col name: text`, 1-based. */
export function formatShapesText(shapes: readonly JsonShape[]): string {
  return shapes.map((s) => `${s.range.start.line + 1}:${s.range.start.character + 1} ${s.name.replace(/\s*[\r\n]+\s*/g, " ")}: ${s.text}\n`).join("");
}

export function formatShapesJson(path: string, shapes: readonly JsonShape[]): string {
  const out: JsonShapesOutput = { file: path, shapes };
  return JSON.stringify(out, null, 2) + "\n";
}
