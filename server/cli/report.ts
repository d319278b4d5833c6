/** The merged result of `rnnlens check`, in a deterministic order, with paths as shown to users. */
import { relative, sep } from "node:path";
import type { CheckedFile, Diagnostic } from "./analyze";
import { comparePaths } from "./discover";

export interface FileReport {
  readonly file: string;
  /** Relative to the working directory (as the user typed paths). */
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CheckReport {
  readonly cwd: string;
  /** Files analyzed (skipped ones not counted). */
  readonly fileCount: number;
  /** Files with diagnostics sorted by path; their diagnostics sorted by position. */
  readonly files: readonly FileReport[];
  readonly skipped: readonly { readonly file: string; readonly path: string; readonly reason: string }[];
  readonly truncated: readonly string[];
  readonly failures: readonly { readonly file: string; readonly path: string; readonly message: string }[];
}

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === "" ? "." : rel;
}

/** Forward slashes, for URIs and stable output across platforms. */
export function slashPath(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

export function buildReport(results: readonly CheckedFile[], cwd: string): CheckReport {
  const sorted = results.map((r) => ({ r, path: displayPath(r.file, cwd) })).sort((a, b) => comparePaths(a.path, b.path));
  return {
    cwd,
    fileCount: sorted.filter(({ r }) => r.skipped === null && r.failure === null).length,
    files: sorted.filter(({ r }) => r.diagnostics.length > 0).map(({ r, path }) => ({ file: r.file, path, diagnostics: r.diagnostics })),
    skipped: sorted.filter(({ r }) => r.skipped !== null).map(({ r, path }) => ({ file: r.file, path, reason: r.skipped as string })),
    truncated: sorted.filter(({ r }) => r.truncated && r.skipped === null).map(({ path }) => path),
    failures: sorted.filter(({ r }) => r.failure !== null).map(({ r, path }) => ({ file: r.file, path, message: r.failure as string })),
  };
}

export function countBySeverity(report: CheckReport): { error: number; warning: number; information: number; hint: number } {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.files) for (const d of f.diagnostics) counts[d.severity]++;
  return counts;
}
