/**
 * Jupyter notebooks in the CLI. A notebook is checked as one program: its code cells joined in
 * document order (server/analysis/notebook/cells.ts), so every line the CLI prints counts over
 * that joined text. Where a position is in a notebook, the outputs also name its cell (its index
 * among all cells, markdown and raw ones included) and the range within the cell.
 */
import type { Span } from "../analysis/ir";
import { cellAt, isNotebookFile, type NotebookLayout } from "../analysis/notebook/cells";
import { readIpynb } from "../analysis/notebook/ipynb";
import type { LineMap } from "../analysis/text";
import type { Workspace } from "../analysis/workspace";
import type { Range } from "./analyze";

export { isNotebookFile };

/** A position's cell: `index` among all the notebook's cells, `range` within the cell's text. */
export interface CellLocation {
  readonly index: number;
  readonly range: Range;
}

/**
 * Puts a file's text into the workspace as the editor would: a notebook's cells (read from its
 * JSON), any other file's text. Returns why a notebook cannot be read (not JSON, not nbformat 4,
 * a cell without source), or null.
 */
export function setFileText(ws: Workspace, file: string, text: string): string | null {
  if (!isNotebookFile(file)) {
    ws.setText(file, text);
    return null;
  }
  const read = readIpynb(text);
  if ("error" in read) return read.error;
  ws.setNotebook(file, read.cells);
  return null;
}

/**
 * The cell a span of the joined text starts in, and the span's range within that cell (its end
 * clamped to the cell: a span never runs into the next cell, but nothing here relies on it).
 */
export function cellLocation(layout: NotebookLayout, lines: LineMap, span: Span): CellLocation | null {
  const at = cellAt(layout, span.start);
  if (!at) return null;
  const { cell } = at;
  const start = lines.position(span.start);
  const end = lines.position(Math.min(Math.max(span.end, span.start), cell.start + cell.length));
  return {
    index: cell.index,
    range: {
      start: { line: start.line - cell.firstLine, character: start.character },
      end: { line: end.line - cell.firstLine, character: end.character },
    },
  };
}

/** `(cell 3, line 2)`: cells and lines counted from 1 as people count them (JSON's `cell` is the 0-based index). */
export function cellNote(cell: CellLocation): string {
  return `(cell ${cell.index + 1}, line ${cell.range.start.line + 1})`;
}
