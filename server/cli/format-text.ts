/**
 * `rnnlens check` as text: `path:line:col - severity code: message` (1-based), then a summary. In a
 * notebook the line counts over the code cells joined, and the cell follows the message, where
 * tools that read `path:line:col - ...` lines take it as part of the message.
 */
import { cellNote } from "./notebook";
import { countBySeverity, type CheckReport } from "./report";

function plural(n: number, word: string, words: string): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** Messages stay on their line. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ");
}

export function formatCheckText(report: CheckReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      out.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} - ${d.severity} ${d.code}: ${oneLine(d.message)}${d.cell ? ` ${cellNote(d.cell)}` : ""}`);
    }
  }
  const c = countBySeverity(report);
  const parts = [plural(c.error, "error", "errors"), plural(c.warning, "warning", "warnings")];
  if (c.information > 0) parts.push(plural(c.information, "info", "infos"));
  if (c.hint > 0) parts.push(plural(c.hint, "hint", "hints"));
  out.push(`${parts.join(", ")} in ${plural(report.fileCount, "file", "files")}`);
  return out.join("\n") + "\n";
}
