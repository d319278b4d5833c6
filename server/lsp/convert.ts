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

export function toDiagnostic(f: Finding, lines: LineMap, linesOf: LinesOf, uriOf: (file: string) => string): Diagnostic {
  const related = f.related.flatMap((r) => {
    const lm = r.file === f.file ? lines : linesOf(r.file);
    return lm ? [{ location: { uri: uriOf(r.file), range: toRange(lm, r.span) }, message: r.message }] : [];
  });
  return {
    range: toRange(lines, f.span),
    severity: SEVERITY[f.severity],
    source: "rnnlens",
    code: f.code,
    codeDescription: { href: diagnosticDocsUrl(f.code) },
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** `fence`: the code block's language, the document's own (a Python editor highlights it as Python). */
export function toHover(h: HoverInfo, lines: LineMap, fence: "ts" | "python" = "ts"): Hover {
  const parts = ["```" + fence, h.title, "```"];
  for (const s of h.sections) {
    parts.push("");
    if (s.heading) parts.push(`**${s.heading}**`, "");
    parts.push(...s.lines.map((l) => `- \`${l}\``));
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join("\n") }, range: toRange(lines, h.span) };
}

export function toInlayHint(h: CoreInlayHint, lines: LineMap): InlayHint {
  return { position: lines.position(h.offset), label: h.label, kind: InlayHintKind.Type, paddingLeft: false };
}

/** Quick fixes of the findings whose range meets the requested range. */
export function toCodeActions(findings: readonly Finding[], range: Range, lines: LineMap, uriOf: (file: string) => string, linesOf: LinesOf): CodeAction[] {
  const out: CodeAction[] = [];
  const start = lines.offset(range.start);
  const end = lines.offset(range.end);
  for (const f of findings) {
    if (f.fixes.length === 0 || f.span.end < start || f.span.start > end) continue;
    const diagnostic = toDiagnostic(f, lines, linesOf, uriOf);
    for (const fix of f.fixes) {
      const changes: Record<string, { range: Range; newText: string }[]> = {};
      for (const e of fix.edits) {
        const lm = e.file === f.file ? lines : linesOf(e.file);
        if (!lm) continue;
        (changes[uriOf(e.file)] ??= []).push({ range: toRange(lm, e.span), newText: e.newText });
      }
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: f.fixes.length === 1, edit: { changes } });
    }
  }
  return out;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}
