/** `rnnlens check --format json`: the shape docs/architecture.md#cli and docs/cli.md give, exactly, LSP's 0-based positions. */
import type { Severity } from "../analysis/interpreter/findings";
import type { Range } from "./analyze";
import type { CheckReport } from "./report";

export interface JsonDiagnostic {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface JsonCheckOutput {
  readonly files: number;
  readonly diagnostics: readonly JsonDiagnostic[];
}

export function checkJson(report: CheckReport): JsonCheckOutput {
  const diagnostics: JsonDiagnostic[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      diagnostics.push({
        file: f.path,
        range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
        severity: d.severity,
        code: d.code,
        message: d.message,
      });
    }
  }
  return { files: report.fileCount, diagnostics };
}

export function formatCheckJson(report: CheckReport): string {
  return JSON.stringify(checkJson(report), null, 2) + "\n";
}
