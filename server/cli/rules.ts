/**
 * The diagnostics catalog (../analysis/catalog.ts) as the CLI reports it: each code's default
 * severity, title and description for SARIF rules, linking into docs/diagnostics.md.
 */
import { CATALOG, DIAGNOSTIC_CODES, diagnosticDocsUrl, type CatalogEntry, type DiagnosticCode } from "../analysis/catalog";

/** The project's home. */
export const HOME_URL = "https://github.com/rnnlens/rnnlens";

export { VERSION } from "../version";

export type RuleInfo = CatalogEntry;

export const RULES: Readonly<Record<DiagnosticCode, RuleInfo>> = CATALOG;

export function ruleIndex(code: DiagnosticCode): number {
  return DIAGNOSTIC_CODES.indexOf(code);
}

export function helpUri(code: DiagnosticCode): string {
  return diagnosticDocsUrl(code);
}
