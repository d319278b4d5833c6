/**
 * The only place core results become LSP types (the rust-analyzer rule: the core returns plain
 * data in offsets; this layer converts by hand).
 */
import { pathToFileURL } from "node:url";
import {
  CodeActionKind,
  DiagnosticSeverity,
  InlayHintKind,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type Range,
} from "vscode-languageserver";
import { diagnosticDocsUrl } from "../analysis/catalog";
import type { Finding, Severity } from "../analysis/interpreter/findings";
import type { Span } from "../analysis/ir";
import type { HoverInfo, InlayHint as CoreInlayHint } from "../analysis/queries";
import type { LineMap } from "../analysis/text";

export function toRange(lines: LineMap, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** How to find another file's line map (for related information in imported files). */
export type LinesOf = (file: string) => LineMap | null;

/**
 * Where the analysis's spans are shown: the document and the range in it. A file's spans are in
 * the file's own document; a notebook's are in one of its cells, cell-relative
 * (server/lsp/notebook-places.ts). Null when no document can show the span.
 */
export interface Places {
  location(file: string, span: Span): Location | null;
}

/**
 * The places of a file's analysis: `file`'s spans through its own line map, any other file's
 * (related information, fixes in an imported file) through that file's.
 */
export function filePlaces(file: string, lines: LineMap, linesOf: LinesOf, uriOf: (file: string) => string): Places {
  return {
    location(f, span) {
      const lm = f === file ? lines : linesOf(f);
      return lm ? { uri: uriOf(f), range: toRange(lm, span) } : null;
    },
  };
}

/** The diagnostic of a finding and the document it belongs to (null when no document shows it). */
export function toDiagnostic(f: Finding, places: Places): { uri: string; diagnostic: Diagnostic } | null {
  const at = places.location(f.file, f.span);
  if (!at) return null;
  const related = f.related.flatMap((r) => {
    const loc = places.location(r.file, r.span);
    return loc ? [{ location: loc, message: r.message }] : [];
  });
  const diagnostic: Diagnostic = {
    range: at.range,
    severity: SEVERITY[f.severity],
    source: "rnnlens",
    code: f.code,
    codeDescription: { href: diagnosticDocsUrl(f.code) },
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
  return { uri: at.uri, diagnostic };
}

/** `fence`: the code block's language, the document's own (a Python editor highlights it as Python). */
export function toHover(h: HoverInfo, range: Range, fence: "ts" | "python" = "ts"): Hover {
  const parts = ["```" + fence, h.title, "```"];
  for (const s of h.sections) {
    parts.push("");
    if (s.heading) parts.push(`**${s.heading}**`, "");
    parts.push(...s.lines.map((l) => `- \`${l}\``));
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join("\n") }, range };
}

export function toInlayHint(h: CoreInlayHint, position: Position): InlayHint {
  return { position, label: h.label, kind: InlayHintKind.Type, paddingLeft: false };
}

/**
 * Quick fixes of the findings `wanted` selects (those whose range meets the requested range in
 * the requested document); each edit goes to the document that shows its span.
 */
export function toCodeActions(findings: readonly Finding[], wanted: (f: Finding) => boolean, places: Places): CodeAction[] {
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (f.fixes.length === 0 || !wanted(f)) continue;
    const converted = toDiagnostic(f, places);
    if (!converted) continue;
    for (const fix of f.fixes) {
      const changes: Record<string, { range: Range; newText: string }[]> = {};
      for (const e of fix.edits) {
        const at = places.location(e.file, e.span);
        if (!at) continue;
        (changes[at.uri] ??= []).push({ range: at.range, newText: e.newText });
      }
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [converted.diagnostic], isPreferred: f.fixes.length === 1, edit: { changes } });
    }
  }
  return out;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}
