/**
 * A notebook as the analysis sees it: its cells in document order, and their code joined into one
 * text that the analysis reports in (findings, facts and lines are offsets into it). The joined
 * text counts one line per source line of each code cell, with no separator lines: a cell's own
 * trailing newline adds no line, an empty cell and markdown/raw cells add none. That is the
 * numbering the CLI prints; the editor maps offsets back to a cell and a place in it.
 */
import { isPythonCellText } from "./ipython";

export interface NotebookCell {
  /** Code cells run; markdown and raw cells ("markup") do not. */
  readonly kind: "code" | "markup";
  /** The cell's language ("python" for Python code cells). */
  readonly language: string;
  readonly text: string;
}

/** Where one cell of the notebook sits in the joined text. */
export interface CellPlace {
  /** Its index among all the notebook's cells (markup cells included). */
  readonly index: number;
  /** Offset of the cell's first character in the joined text. */
  readonly start: number;
  /** Characters of the cell in the joined text: its text without one trailing newline. */
  readonly length: number;
  /** The joined text's line where the cell's first line is (0-based). */
  readonly firstLine: number;
  /** Lines the cell counts (0 for markup and empty cells). */
  readonly lineCount: number;
  /** Python code that runs (not markup, not another language, not a `%%bash`-like cell). */
  readonly analyzed: boolean;
}

export interface NotebookLayout {
  readonly text: string;
  readonly cells: readonly CellPlace[];
}

export function isNotebookFile(file: string): boolean {
  return /\.ipynb$/i.test(file);
}

/** The cell's text as it stands in the joined text: without one trailing newline. */
function joinedPart(text: string): string {
  if (text.endsWith("\r\n")) return text.slice(0, -2);
  if (text.endsWith("\n")) return text.slice(0, -1);
  return text;
}

export function joinCells(cells: readonly NotebookCell[]): NotebookLayout {
  const parts: string[] = [];
  const places: CellPlace[] = [];
  let offset = 0;
  let line = 0;
  cells.forEach((cell, index) => {
    if (cell.kind !== "code" || cell.text === "") {
      places.push({ index, start: offset, length: 0, firstLine: line, lineCount: 0, analyzed: false });
      return;
    }
    const part = joinedPart(cell.text);
    let lineCount = 1;
    for (let i = part.indexOf("\n"); i !== -1; i = part.indexOf("\n", i + 1)) lineCount++;
    const analyzed = /^python/i.test(cell.language) && isPythonCellText(part);
    places.push({ index, start: offset, length: part.length, firstLine: line, lineCount, analyzed });
    parts.push(part, "\n");
    offset += part.length + 1;
    line += lineCount;
  });
  return { text: parts.join(""), cells: places };
}

/**
 * The code cell an offset of the joined text falls in, and the offset within that cell's text.
 * An offset at the end of a cell (its newline in the joined text) is the cell's end.
 */
export function cellAt(layout: NotebookLayout, offset: number): { cell: CellPlace; offset: number } | null {
  // The last cell that starts at or before the offset (cells are in order of their starts)...
  let lo = 0;
  let hi = layout.cells.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((layout.cells[mid] as CellPlace).start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // ...or before it, the nearest one with lines (markup and empty cells share their start).
  for (let i = last; i >= 0; i--) {
    const cell = layout.cells[i] as CellPlace;
    if (cell.lineCount === 0) continue;
    return offset <= cell.start + cell.length ? { cell, offset: offset - cell.start } : null;
  }
  return null;
}

/** The joined text's offset of an offset within a cell's text (clamped to the cell). */
export function offsetInNotebook(cell: CellPlace, offsetInCell: number): number {
  return cell.start + Math.max(0, Math.min(offsetInCell, cell.length));
}
