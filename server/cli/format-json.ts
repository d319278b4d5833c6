/**
 * `rnnlens check --format json`: the shape docs/architecture.md#cli and docs/cli.md give, exactly,
 * LSP's 0-based positions. A diagnostic in a notebook also carries its `cell` (index among all
 * cells) and `cellRange` (the range within that cell); `range` counts over the joined code cells.
 */
import type { Severity } from "../analysis/interpreter/findings";
import type { Range } from "./analyze";
import type { CheckReport } from "./report";

export interface JsonDiagnostic {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** Notebooks only. */
  readonly cell?: number;
  /** Notebooks only: `range` within the cell. */
  readonly cellRange?: Range;
}

export interface JsonCheckOutput {
  readonly files: number;
  readonly diagnostics: readonly JsonDiagnostic[];
}

/** Only the fields the format promises, in its order. */
function copyRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

export function checkJson(report: CheckReport): JsonCheckOutput {
  const diagnostics: JsonDiagnostic[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      diagnostics.push({
        file: f.path,
        range: copyRange(d.range),
        severity: d.severity,
        code: d.code,
        message: d.message,
        ...(d.cell ? { cell: d.cell.index, cellRange: copyRange(d.cell.range) } : {}),
      });
    }
  }
  return { files: report.fileCount, diagnostics };
}

export function formatCheckJson(report: CheckReport): string {
  return JSON.stringify(checkJson(report), null, 2) + "\n";
}
