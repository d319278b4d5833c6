/**
 * One editor document's window onto an analysis. A file's document shows its whole analysis; a
 * notebook cell's shows the part of the notebook's analysis that falls in that cell
 * (server/lsp/notebook-places.ts). Request handlers (hover, inlay hints, code lens, code
 * actions, Run Cell, pulled diagnostics) go through it and never care which one they have.
 */
import type { Position } from "vscode-languageserver";
import type { FileAnalysis } from "../analysis/workspace";
import { filePlaces, type LinesOf, type Places } from "./convert";

export interface DocumentView {
  /** The document's URI, as the client sent it. */
  readonly uri: string;
  readonly analysis: FileAnalysis;
  /** Where any span of the analysis (or of a file it imports) is shown. */
  readonly places: Places;
  /** The analysis offset of a position in this document. */
  offsetAt(position: Position): number;
  /** The position in this document of an analysis offset; null when another document (cell) shows it. */
  positionAt(offset: number): Position | null;
}

export function fileView(uri: string, a: FileAnalysis, linesOf: LinesOf, uriOf: (file: string) => string): DocumentView {
  return {
    uri,
    analysis: a,
    places: filePlaces(a.file, a.lines, linesOf, (f) => (f === a.file ? uri : uriOf(f))),
    offsetAt: (p) => a.lines.offset(p),
    positionAt: (o) => a.lines.position(o),
  };
}
