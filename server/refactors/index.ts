/**
 * The refactors' rewriting, built as its own chunk (`dist/refactors.js`, scripts/build.mjs) and
 * loaded by the server on the first `codeAction/resolve` (server/lsp/refactors.ts): ts-morph
 * costs ~100 ms to load and is never on the path of an edit. In the chunk, ts-morph runs on the
 * server's own TypeScript (the build plugin replaces the copy ts-morph bundles), handed over by
 * the server before it loads the chunk (`./host-typescript.ts`).
 */
import { Project, ts } from "ts-morph";
import type { AnyRefactorOffer, RefactorKind, RefactorOffer } from "../analysis/refactors/registry";
import type { RefactorEdit } from "../analysis/refactors/types";
import { constructorArgs } from "./constructor-args";
import { batchFirst } from "./batch-first";
import { addInitialState } from "./add-initial-state";
import { shapeJsdoc } from "./shape-jsdoc";
import { applyEdits, narrowEdit, type Transform } from "./transform";

/** Every refactor kind's rewrite (add new kinds at the end; see server/analysis/refactors/registry.ts). */
const TRANSFORMS: { readonly [K in RefactorKind]: Transform<K> } = {
  "constructor-args": constructorArgs,
  "batch-first": batchFirst,
  "add-initial-state": addInitialState,
  "shape-jsdoc": shapeJsdoc,
};

let project: Project | null = null;

/**
 * The edits that perform the offer on `text` (the text the offer was made on), or null when
 * they cannot be made or would break the file's syntax.
 */
export function rewrite(fileName: string, text: string, offer: AnyRefactorOffer): readonly RefactorEdit[] | null {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true, compilerOptions: { allowJs: true, noLib: true } });
  const sf = project.createSourceFile(sourceName(fileName), text, { overwrite: true });
  try {
    const made = transformOf(offer.kind)(sf, offer as RefactorOffer<typeof offer.kind>);
    const edits = (made ?? []).flatMap((e) => narrowEdit(text, e) ?? []);
    if (edits.length === 0) return null;
    return syntaxErrors(ts.createSourceFile(sf.getFilePath(), applyEdits(text, edits), ts.ScriptTarget.Latest, false)) > syntaxErrors(sf.compilerNode) ? null : edits;
  } finally {
    project.removeSourceFile(sf);
  }
}

function transformOf<K extends RefactorKind>(kind: K): Transform<K> {
  return TRANSFORMS[kind] as Transform<K>;
}

/** ts-morph's in-memory file: the extension decides how the text is parsed (an untitled document's made-up path has one). */
function sourceName(fileName: string): string {
  const ext = /\.[cm]?[jt]sx?$/i.exec(fileName)?.[0] ?? ".ts";
  return `/refactor${ext.toLowerCase()}`;
}

/** The syntax errors TypeScript's parser found (not public API: a tree without the list counts none). */
function syntaxErrors(sf: ts.SourceFile): number {
  return (sf as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics?.length ?? 0;
}
