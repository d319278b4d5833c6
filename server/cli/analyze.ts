/**
 * One file's check as plain, structured-cloneable data (what a worker thread sends back): the
 * findings with LSP-style 0-based positions, related locations resolved in their own files, and
 * why the file was skipped, if it was. The same function runs on the main thread and in workers.
 * A notebook's positions count over its code cells joined, and name their cell too (notebook.ts).
 */
import { readFileSync } from "node:fs";
import type { DiagnosticCode, Severity } from "../analysis/interpreter/findings";
import type { Span } from "../analysis/ir";
import { LineMap, type Position } from "../analysis/text";
import type { Workspace } from "../analysis/workspace";
import { messageOf } from "./errors";
import { cellLocation, setFileText, type CellLocation } from "./notebook";

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface RelatedInfo {
  /** Absolute path. */
  readonly file: string;
  readonly range: Range;
  readonly message: string;
  /** In a notebook: the cell and the range within it. */
  readonly cell: CellLocation | null;
}

export interface Diagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  /** In a notebook: the cell and the range within it (`range` counts over the joined cells). */
  readonly cell: CellLocation | null;
  readonly related: readonly RelatedInfo[];
  /** The flagged source text, whitespace collapsed (for SARIF fingerprints). */
  readonly snippet: string;
}

export interface CheckedFile {
  /** Absolute path. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the file was not analyzed (unreadable, binary, too large, not a notebook), or null. */
  readonly skipped: string | null;
  /** The analysis stopped at its step budget: diagnostics may be missing. */
  readonly truncated: boolean;
  /** The analyzer itself failed on this file (a bug): the run exits with 2. */
  readonly failure: string | null;
  /** Suppression comments that were ignored, and why (0-based lines). */
  readonly directiveProblems: readonly { readonly line: number; readonly message: string }[];
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Reads a source file; binary files (a NUL byte) and unreadable ones are refused with a reason. */
export function readSource(file: string): ReadResult {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : `cannot be read (${code ?? messageOf(e)})`;
    return { ok: false, reason };
  }
  if (buf.subarray(0, 64 * 1024).includes(0)) return { ok: false, reason: "binary file (not text)" };
  let text = buf.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function collapse(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? t.slice(0, 200) : t;
}

function rangeOf(lines: LineMap, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/** Line maps of other files that related locations point into. */
export class LineMaps {
  private readonly maps = new Map<string, LineMap>();

  get(file: string): LineMap {
    let m = this.maps.get(file);
    if (!m) {
      const r = readSource(file);
      m = new LineMap(r.ok ? r.text : "");
      this.maps.set(file, m);
    }
    return m;
  }

  set(file: string, lines: LineMap): void {
    this.maps.set(file, lines);
  }
}

export function checkFile(ws: Workspace, file: string, lineMaps: LineMaps = new LineMaps()): CheckedFile {
  const read = readSource(file);
  if (!read.ok) return { file, diagnostics: [], skipped: read.reason, truncated: false, failure: null, directiveProblems: [] };
  try {
    if (!ws.isOpen(file)) {
      const notNotebook = setFileText(ws, file, read.text);
      if (notNotebook !== null) return { file, diagnostics: [], skipped: notNotebook, truncated: false, failure: null, directiveProblems: [] };
    }
    const a = ws.analyze(file);
    if (a.skipped) return { file, diagnostics: [], skipped: a.skipped, truncated: a.truncated, failure: null, directiveProblems: [] };
    lineMaps.set(a.file, a.lines);
    const cellOf = (span: Span): CellLocation | null => (a.notebook ? cellLocation(a.notebook, a.lines, span) : null);
    const diagnostics = a.findings.map((f): Diagnostic => ({
      range: rangeOf(a.lines, f.span),
      severity: f.severity,
      code: f.code,
      message: f.message,
      cell: cellOf(f.span),
      related: f.related.map((r) =>
        r.file === a.file
          ? { file: r.file, range: rangeOf(a.lines, r.span), message: r.message, cell: cellOf(r.span) }
          : { file: r.file, range: rangeOf(lineMaps.get(r.file), r.span), message: r.message, cell: null },
      ),
      snippet: collapse(a.text.slice(f.span.start, f.span.end)),
    }));
    diagnostics.sort(compareDiagnostics);
    return { file, diagnostics, skipped: null, truncated: a.truncated, failure: null, directiveProblems: a.directiveProblems };
  } catch (e) {
    return { file, diagnostics: [], skipped: null, truncated: false, failure: messageOf(e), directiveProblems: [] };
  }
}

export function compareDiagnostics(x: Diagnostic, y: Diagnostic): number {
  return (
    x.range.start.line - y.range.start.line ||
    x.range.start.character - y.range.start.character ||
    x.range.end.line - y.range.end.line ||
    x.range.end.character - y.range.end.character ||
    (x.code < y.code ? -1 : x.code > y.code ? 1 : 0) ||
    (x.message < y.message ? -1 : x.message > y.message ? 1 : 0)
  );
}
