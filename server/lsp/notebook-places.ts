/**
 * Maps a notebook's analysis, whose spans are offsets of the cells' joined text
 * (server/analysis/notebook/cells.ts), to the cells the editor shows: a span goes to the cell it
 * starts in, with a range relative to that cell; a position in a cell goes back to the joined
 * text. The layout is joined here from the cells as they are now (the same join the analysis
 * made), so every cell URI lines up with its place.
 */
import type { Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Span } from "../analysis/ir";
import { cellAt, joinCells, offsetInNotebook, type CellPlace, type NotebookCell, type NotebookLayout } from "../analysis/notebook/cells";
import type { FileAnalysis } from "../analysis/workspace";
import type { Places } from "./convert";
import type { DocumentView } from "./document-view";

/** A cell of the notebook as the editor has it, in document order. */
export interface PlacedCell {
  readonly uri: string;
  /** The cell's text document (positions in it are cell-relative); undefined for a cell without text. */
  readonly document: TextDocument | undefined;
}

export class NotebookPlaces implements Places {
  readonly layout: NotebookLayout;
  private readonly byUri = new Map<string, number>();

  /**
   * `file`: the path the notebook is analyzed as; `cells` and `analysisCells` in the same order;
   * `others`: the places of any other file (a module the notebook imports).
   */
  constructor(
    readonly file: string,
    readonly cells: readonly PlacedCell[],
    analysisCells: readonly NotebookCell[],
    private readonly others: Places,
  ) {
    this.layout = joinCells(analysisCells);
    cells.forEach((c, i) => this.byUri.set(c.uri, i));
  }

  location(file: string, span: Span): { uri: string; range: { start: Position; end: Position } } | null {
    if (file !== this.file) return this.others.location(file, span);
    const at = cellAt(this.layout, span.start);
    if (!at) return null;
    const cell = this.cells[at.cell.index];
    if (!cell?.document) return null;
    // A span never crosses cells (each cell is parsed on its own); clamped to its cell if it did.
    const end = Math.max(at.offset, Math.min(span.end - at.cell.start, at.cell.length));
    return { uri: cell.uri, range: { start: cell.document.positionAt(at.offset), end: cell.document.positionAt(end) } };
  }

  /** The cell's place in the joined text, for a cell URI of this notebook. */
  placeOf(cellUri: string): { place: CellPlace; cell: PlacedCell } | null {
    const i = this.byUri.get(cellUri);
    if (i === undefined) return null;
    const place = this.layout.cells[i];
    const cell = this.cells[i];
    return place && cell ? { place, cell } : null;
  }

  /** The view of one cell onto the notebook's analysis; null for a cell that is not this notebook's. */
  cellView(cellUri: string, analysis: FileAnalysis): DocumentView | null {
    const found = this.placeOf(cellUri);
    const doc = found?.cell.document;
    if (!found || !doc) return null;
    const { place } = found;
    return {
      uri: cellUri,
      analysis,
      places: this,
      offsetAt: (p) => offsetInNotebook(place, doc.offsetAt(p)),
      // A cell that counts no lines (empty, markup, another language) shows nothing of the analysis.
      positionAt: (o) => (place.lineCount > 0 && o >= place.start && o <= place.start + place.length ? doc.positionAt(o - place.start) : null),
    };
  }
}
