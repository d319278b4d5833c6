/**
 * What a refactor offer is made of, as plain data: no LSP, no ts-morph. Offers travel to the
 * client and back (in a code action's `data`) only as a reference; the server finds them again
 * from the analysis on resolve, so a transform only ever sees offers the server made.
 */
import type ts from "typescript";
import type { Span } from "../ir";
import type { FileAnalysis } from "../workspace";

/** What an offer finder looks at. */
export interface OfferContext {
  /** The analysis of a TypeScript or JavaScript file. */
  readonly analysis: FileAnalysis;
  /** The syntax tree the analysis was made from (TypeScript's own parser; parent links may be unset). */
  readonly sourceFile: ts.SourceFile;
  /** The requested selection, as offsets of `analysis.text` (an empty span is the cursor). */
  readonly range: Span;
}

/** One text replacement, as offsets of the file's text before the refactor. */
export interface RefactorEdit {
  readonly span: Span;
  readonly newText: string;
}
