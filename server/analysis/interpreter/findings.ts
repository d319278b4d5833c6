/**
 * What the analysis reports, as plain data: diagnostics with the codes of the diagnostics
 * catalog (../catalog.ts; docs/architecture.md#diagnostics), the related locations that set
 * an expectation, and the edits that fix them.
 */
import { codeForCheckId, type DiagnosticCode, type Severity } from "../catalog";
import type { Span } from "../ir";

export type { DiagnosticCode, Severity } from "../catalog";
export { DIAGNOSTIC_CODES } from "../catalog";

export interface RelatedLocation {
  readonly file: string;
  readonly span: Span;
  readonly message: string;
}

export interface TextEdit {
  readonly file: string;
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly file: string;
  readonly span: Span;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
}

/**
 * The catalog code for a failed engine check (the rule's `check` id). An id the catalog does not
 * map is an internal error: it throws, naming the id, rather than report a guessed code.
 */
export function codeForCheck(check: string): DiagnosticCode {
  return codeForCheckId(check);
}
