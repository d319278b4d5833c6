/** Where the diagnostics catalog lives: diagnostics link each code to its section there. */
export const DIAGNOSTICS_DOCS_URL = "https://github.com/rnnlens/rnnlens/blob/main/docs/diagnostics.md";

export function diagnosticDocsUrl(code: string): string {
  return `${DIAGNOSTICS_DOCS_URL}#${code}`;
}
