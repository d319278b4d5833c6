/**
 * `rnnlens shapes FILE`: every inferred tensor shape and module, by position. In a notebook, lines
 * count over the code cells joined, and each entry names its cell too.
 */
import { shapeEntries } from "../analysis/queries";
import type { FileAnalysis } from "../analysis/workspace";
import type { Range } from "./analyze";
import { cellLocation, cellNote, type CellLocation } from "./notebook";

export interface JsonShape {
  readonly range: Range;
  readonly name: string;
  readonly kind: "tensor" | "module" | "call";
  readonly text: string;
  /** Notebooks only: the cell's index among all cells. */
  readonly cell?: number;
  /** Notebooks only: `range` within the cell. */
  readonly cellRange?: Range;
}

export interface JsonShapesOutput {
  readonly file: string;
  readonly shapes: readonly JsonShape[];
}

export function shapesOf(a: FileAnalysis): JsonShape[] {
  return shapeEntries(a).map((e) => {
    const cell = a.notebook ? cellLocation(a.notebook, a.lines, e.span) : null;
    return {
      range: { start: a.lines.position(e.span.start), end: a.lines.position(e.span.end) },
      name: e.name,
      kind: e.kind,
      text: e.text,
      ...(cell ? { cell: cell.index, cellRange: cell.range } : {}),
    };
  });
}

function cellOf(s: JsonShape): CellLocation | null {
  return s.cell !== undefined && s.cellRange ? { index: s.cell, range: s.cellRange } : null;
}

/** `line:col name: text`, 1-based; in a notebook followed by `(cell C, line L)`. */
export function formatShapesText(shapes: readonly JsonShape[]): string {
  return shapes
    .map((s) => {
      const cell = cellOf(s);
      return `${s.range.start.line + 1}:${s.range.start.character + 1} ${s.name.replace(/\s*[\r\n]+\s*/g, " ")}: ${s.text}${cell ? `  ${cellNote(cell)}` : ""}\n`;
    })
    .join("");
}

export function formatShapesJson(path: string, shapes: readonly JsonShape[]): string {
  const out: JsonShapesOutput = { file: path, shapes };
  return JSON.stringify(out, null, 2) + "\n";
}
