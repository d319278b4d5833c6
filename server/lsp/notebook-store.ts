/**
 * The open notebooks as the client syncs them (LSP notebook document sync): each notebook's cells
 * in document order, with their URIs, kinds and texts (languages and versions in the cells' text
 * documents). It applies `notebookDocument/didChange` events itself — structure (cells added,
 * removed, moved), data (a cell's kind, metadata or execution summary) and text — and says
 * whether a change can alter the analysis.
 *
 * Why not vscode-languageserver's `NotebookDocuments`: it fires no event for a pure cell move (a
 * structure change without opens or closes), yet a move changes the order the cells run in; and
 * a data change for a cell it does not know throws. Here every change is applied and judged.
 */
import {
  NotebookCellKind,
  type DidChangeNotebookDocumentParams,
  type DidOpenNotebookDocumentParams,
  type NotebookCell as LspNotebookCell,
  type TextDocumentItem,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { NotebookCell } from "../analysis/notebook/cells";

export interface OpenCell {
  /** The cell's text document URI (`vscode-notebook-cell:...#fragment`): kept verbatim. */
  readonly uri: string;
  readonly kind: "code" | "markup";
}

export interface OpenNotebook {
  readonly uri: string;
  readonly notebookType: string;
  version: number;
  /** In document order. */
  cells: OpenCell[];
}

/** What a change did. */
export interface NotebookChange {
  readonly notebook: OpenNotebook;
  /** Whether the cells the analysis sees changed: text, order, kinds, languages, cells added or removed. */
  readonly reanalyze: boolean;
  /** Cells that left the notebook (deleted, or no longer synced after a language change). */
  readonly removedCells: readonly string[];
}

function kindOf(cell: LspNotebookCell): OpenCell["kind"] {
  return cell.kind === NotebookCellKind.Code ? "code" : "markup";
}

export class NotebookStore {
  private readonly notebooks = new Map<string, OpenNotebook>();
  /** Every synced cell's text, by cell URI. */
  private readonly texts = new Map<string, TextDocument>();
  /** Cell URI -> the notebook URI it belongs to. */
  private readonly owners = new Map<string, string>();

  open(p: DidOpenNotebookDocumentParams): OpenNotebook {
    const old = this.notebooks.get(p.notebookDocument.uri);
    if (old) this.forget(old);
    for (const item of p.cellTextDocuments) this.openText(item);
    const nb: OpenNotebook = {
      uri: p.notebookDocument.uri,
      notebookType: p.notebookDocument.notebookType,
      version: p.notebookDocument.version,
      cells: p.notebookDocument.cells.map((c) => ({ uri: c.document, kind: kindOf(c) })),
    };
    this.notebooks.set(nb.uri, nb);
    for (const c of nb.cells) this.owners.set(c.uri, nb.uri);
    return nb;
  }

  /** Applies a change; null for a notebook that is not open. */
  change(p: DidChangeNotebookDocumentParams): NotebookChange | null {
    const nb = this.notebooks.get(p.notebookDocument.uri);
    if (!nb) return null;
    nb.version = p.notebookDocument.version;
    const cells = p.change.cells;
    let reanalyze = false;
    const before = new Set(nb.cells.map((c) => c.uri));
    if (cells?.structure) {
      const { start, deleteCount } = cells.structure.array;
      nb.cells.splice(start, deleteCount, ...(cells.structure.array.cells ?? []).map((c) => ({ uri: c.document, kind: kindOf(c) })));
      // Closed first: a cell closed and opened again in one change (its language changed) keeps the new text.
      for (const id of cells.structure.didClose ?? []) this.texts.delete(id.uri);
      for (const item of cells.structure.didOpen ?? []) this.openText(item);
      reanalyze = true;
    }
    for (const data of cells?.data ?? []) {
      // Metadata and execution summaries (sent on every run) change nothing the analysis reads.
      const i = nb.cells.findIndex((c) => c.uri === data.document);
      const cell = nb.cells[i];
      if (!cell || cell.kind === kindOf(data)) continue;
      nb.cells[i] = { uri: cell.uri, kind: kindOf(data) };
      reanalyze = true;
    }
    for (const edit of cells?.textContent ?? []) {
      const doc = this.texts.get(edit.document.uri);
      if (!doc) continue;
      this.texts.set(edit.document.uri, TextDocument.update(doc, edit.changes, edit.document.version));
      reanalyze = true;
    }
    const now = new Set(nb.cells.map((c) => c.uri));
    const removedCells = [...before].filter((u) => !now.has(u));
    for (const u of removedCells) this.owners.delete(u);
    for (const u of now) this.owners.set(u, nb.uri);
    return { notebook: nb, reanalyze, removedCells };
  }

  /** Closes a notebook; returns it as it was (its cells are what to clear), or null if not open. */
  close(uri: string): OpenNotebook | null {
    const nb = this.notebooks.get(uri);
    if (!nb) return null;
    this.forget(nb);
    return nb;
  }

  get(uri: string): OpenNotebook | undefined {
    return this.notebooks.get(uri);
  }

  all(): OpenNotebook[] {
    return [...this.notebooks.values()];
  }

  /** The open notebook a cell URI belongs to. */
  notebookOfCell(cellUri: string): OpenNotebook | undefined {
    const owner = this.owners.get(cellUri);
    return owner === undefined ? undefined : this.notebooks.get(owner);
  }

  /** A synced cell's text document. */
  cellDocument(cellUri: string): TextDocument | undefined {
    return this.texts.get(cellUri);
  }

  /** The cells as the analysis takes them, in document order (a cell without text is empty). */
  analysisCells(nb: OpenNotebook): NotebookCell[] {
    return nb.cells.map((c) => {
      const doc = this.texts.get(c.uri);
      return { kind: c.kind, language: doc?.languageId ?? "", text: doc?.getText() ?? "" };
    });
  }

  private openText(item: TextDocumentItem): void {
    this.texts.set(item.uri, TextDocument.create(item.uri, item.languageId, item.version, item.text));
  }

  private forget(nb: OpenNotebook): void {
    this.notebooks.delete(nb.uri);
    for (const c of nb.cells) {
      this.texts.delete(c.uri);
      if (this.owners.get(c.uri) === nb.uri) this.owners.delete(c.uri);
    }
  }
}
