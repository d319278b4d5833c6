/**
 * Refactors as LSP code actions (`refactor.rewrite`). Listing them is cheap: the offers come
 * from the analysis and syntax tree the server already has (server/analysis/refactors/), and
 * each action is sent without its edit. The edit is computed on `codeAction/resolve` by the
 * rewriting chunk (`dist/refactors.js`, ts-morph), loaded on the first resolve with the server's
 * own TypeScript handed over. A resolve for a document that changed since the offer gets
 * ContentModified; anything else that does not fit (not our action, no such offer any more, a
 * rewrite that cannot be made) gets the action back without an edit.
 */
import { join } from "node:path";
import ts from "typescript";
import { CodeActionKind, LSPErrorCodes, ResponseError, type CodeAction, type CodeActionParams, type WorkspaceEdit } from "vscode-languageserver";
import type { Span } from "../analysis/ir";
import { refactorOffers, REFACTOR_KINDS, type AnyRefactorOffer, type RefactorKind } from "../analysis/refactors/registry";
import type { RefactorEdit } from "../analysis/refactors/types";
import type { FileAnalysis } from "../analysis/workspace";
import { shareTypeScript } from "../refactors/host-typescript";

/** A TypeScript or JavaScript document as the refactors see it: its version, analysis and syntax tree. */
export interface RefactorSource {
  readonly uri: string;
  readonly version: number;
  readonly analysis: FileAnalysis;
  readonly sourceFile: ts.SourceFile;
}

/** What a listed action carries, to find its offer again on resolve. */
interface RefactorActionData {
  readonly rnnlensRefactor: { readonly uri: string; readonly version: number; readonly kind: RefactorKind; readonly title: string; readonly target: Span };
}

/** Whether a code action request wants refactors (`only` unset, or naming `refactor` or `refactor.rewrite`). */
export function wantsRefactors(p: CodeActionParams): boolean {
  const only = p.context.only;
  return !only || only.some((k) => CodeActionKind.RefactorRewrite === k || CodeActionKind.RefactorRewrite.startsWith(`${k}.`));
}

/** The refactors offered at the range, without edits. */
export function refactorActions(src: RefactorSource, range: Span): CodeAction[] {
  return refactorOffers({ analysis: src.analysis, sourceFile: src.sourceFile, range }).map((o): CodeAction => {
    const data: RefactorActionData = { rnnlensRefactor: { uri: src.uri, version: src.version, kind: o.kind, title: o.title, target: o.target } };
    return { title: o.title, kind: CodeActionKind.RefactorRewrite, data };
  });
}

/**
 * The action with its edit. `sourceOf` gives the document as it is now (null when it is not
 * open or not a TypeScript or JavaScript file).
 */
export function resolveRefactor(action: CodeAction, sourceOf: (uri: string) => RefactorSource | null): CodeAction | ResponseError<void> {
  const ref = refactorData(action.data);
  if (!ref) return action;
  const src = sourceOf(ref.uri);
  if (!src) return action;
  if (src.version !== ref.version) return new ResponseError(LSPErrorCodes.ContentModified, "The document changed since this refactor was offered");
  const offer = refactorOffers({ analysis: src.analysis, sourceFile: src.sourceFile, range: ref.target }).find((o) => o.kind === ref.kind && o.title === ref.title && o.target.start === ref.target.start && o.target.end === ref.target.end);
  if (!offer) return action;
  const edits = loadRewriting().rewrite(src.analysis.file, src.analysis.text, offer);
  if (!edits) return action;
  return { ...action, edit: workspaceEdit(src, edits) };
}

function workspaceEdit(src: RefactorSource, edits: readonly RefactorEdit[]): WorkspaceEdit {
  const lines = src.analysis.lines;
  return {
    documentChanges: [
      {
        textDocument: { uri: src.uri, version: src.version },
        edits: edits.map((e) => ({ range: { start: lines.position(e.span.start), end: lines.position(e.span.end) }, newText: e.newText })),
      },
    ],
  };
}

function refactorData(data: unknown): RefactorActionData["rnnlensRefactor"] | null {
  if (typeof data !== "object" || data === null || !("rnnlensRefactor" in data)) return null;
  const r: unknown = data.rnnlensRefactor;
  if (typeof r !== "object" || r === null) return null;
  const { uri, version, kind, title, target } = r as Record<string, unknown>;
  if (typeof uri !== "string" || typeof version !== "number" || typeof title !== "string" || !REFACTOR_KINDS.includes(kind as RefactorKind)) return null;
  if (typeof target !== "object" || target === null) return null;
  const { start, end } = target as Record<string, unknown>;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  return { uri, version, kind: kind as RefactorKind, title, target: { start: start as number, end: end as number } };
}

/** The rewriting chunk's interface (server/refactors/index.ts). */
interface Rewriting {
  rewrite(fileName: string, text: string, offer: AnyRefactorOffer): readonly RefactorEdit[] | null;
}

let rewriting: Rewriting | null = null;

/**
 * `dist/refactors.js`, beside the server bundle, loaded once. The path is computed so that
 * esbuild leaves the require alone (the chunk must not be bundled into the server).
 */
function loadRewriting(): Rewriting {
  if (rewriting) return rewriting;
  shareTypeScript(ts);
  const chunk = join(__dirname, "refactors.js");
  rewriting = require(chunk) as Rewriting;
  return rewriting;
}
