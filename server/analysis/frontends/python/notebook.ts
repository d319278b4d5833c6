/**
 * A notebook's Python cells, parsed one by one (an unclosed `(` in one cell cannot swallow the
 * next) and lowered into one program in document order, every span an offset of the notebook's
 * joined text (notebook/cells.ts). After an edit, a cell whose text did not change keeps its syntax
 * tree, an edited cell is reparsed incrementally, and the top-level statements outside the edited
 * region keep their IR (the same reuse as a file's, see incremental.ts).
 */
import type { FileIR } from "../../ir";
import { reuseOrLower, type LoweredStatement, type StatementLowerer, type TextChange } from "../../incremental";
import type { NotebookLayout } from "../../notebook/cells";
import { maskIPython, type MaskedCell } from "../../notebook/ipython";
import { diffTexts } from "../../incremental";
import { dimsLowering, parsePython, placesOf } from "./index";
import { PythonLowerer } from "./lower";
import { pythonParser, type PythonNode, type PythonTree } from "./parser";

/** One analyzed cell's syntax: its text with IPython syntax masked, and its tree. */
export interface CellSyntax {
  readonly text: string;
  /** Offsets in the cell of the names standing for captured output (`x = !ls`): unknown values. */
  readonly unknownAt: readonly number[];
  readonly tree: PythonTree;
}

/**
 * Parses the analyzed cells of `layout`. Trees of `previous` are reused for cells with the same
 * text, or edited and reparsed for the cell in the same place among the analyzed cells; the
 * previous trees not kept are deleted (WebAssembly memory). Null when the parser is not loaded.
 */
export function parseNotebookCells(layout: NotebookLayout, previous: readonly CellSyntax[] | null): CellSyntax[] | null {
  if (!pythonParser()) return null;
  const masked = layout.cells.filter((c) => c.analyzed).map((c) => maskIPython(layout.text.slice(c.start, c.start + c.length)));
  const texts = masked.map((m) => m.text);
  const old = previous ?? [];
  const claimed = new Set<CellSyntax>();
  const out: (CellSyntax | null)[] = texts.map((text, i) => {
    const same = old[i]?.text === text ? old[i] : old.find((o) => o.text === text && !claimed.has(o));
    if (same && !claimed.has(same)) {
      claimed.add(same);
      return same;
    }
    return null;
  });
  for (const [i, text] of texts.entries()) {
    if (out[i]) continue;
    // The cell in the same place, when the cells were only edited (not added or removed), is
    // the edited cell's previous tree: reparse only what changed.
    const before = old.length === texts.length ? old[i] : undefined;
    const base = before && !claimed.has(before) ? before : null;
    if (base) claimed.add(base);
    const tree = parsePython(text, base, base ? diffTexts(base.text, text) : null) as PythonTree;
    out[i] = { text, unknownAt: (masked[i] as MaskedCell).unknownAt, tree };
  }
  for (const o of old) if (!claimed.has(o)) o.tree.delete();
  return out as CellSyntax[];
}

/** Frees the cells' syntax trees. */
export function deleteNotebookCells(cells: readonly CellSyntax[] | null): void {
  for (const c of cells ?? []) c.tree.delete();
}

/**
 * The builtins a cell's tree binds, found once per tree: an unchanged cell keeps its tree, so an
 * edit queries only the edited cell (the query over every cell was a third of an edit's time in
 * a 100-cell notebook).
 */
const boundBuiltinsCache = new WeakMap<PythonTree, readonly string[]>();
function boundBuiltinsOf(tree: PythonTree, text: string): readonly string[] {
  let names = boundBuiltinsCache.get(tree);
  if (!names) {
    names = [...PythonLowerer.boundBuiltins(tree.rootNode, text)];
    boundBuiltinsCache.set(tree, names);
  }
  return names;
}

/**
 * Lowers the analyzed cells in document order into one program. The builtins any cell shadows
 * change how every cell lowers, so when they change nothing is reused.
 */
export function lowerNotebook(
  layout: NotebookLayout,
  cells: readonly CellSyntax[],
  previous: { statements: readonly LoweredStatement[]; shadowed: string } | null,
  change: TextChange | null,
): { ir: FileIR; statements: LoweredStatement[]; moved: LoweredStatement[]; shadowed: string } {
  const places = layout.cells.filter((c) => c.analyzed);
  const names = new Set<string>();
  for (const c of cells) for (const n of boundBuiltinsOf(c.tree, c.text)) names.add(n);
  const lowerers: PythonLowerer[] = [];
  const nodes: PythonNode[] = [];
  const cellOf = new Map<PythonNode, number>();
  const at = new Map<PythonNode, { pos: number; end: number }>();
  for (const [i, c] of cells.entries()) {
    const start = places[i]?.start ?? 0;
    const lowerer = new PythonLowerer(c.text, names, { shift: start, unknownAt: new Set(c.unknownAt) });
    lowerer.lowerDims = dimsLowering(() => lowerer.collected);
    lowerers.push(lowerer);
    const top = c.tree.rootNode.namedChildren.filter((n) => n.type !== "comment");
    for (const [n, p] of placesOf(top)) {
      nodes.push(n);
      cellOf.set(n, i);
      at.set(n, { pos: p.pos + start, end: p.end + start });
    }
  }
  const shadowed = lowerers[0]?.shadowedBuiltins() ?? "";
  // reuseOrLower records spans and exports on one lowerer; each cell has its own, so this one
  // hands them over for the statement being lowered.
  const shared: StatementLowerer & { exported: string[] } = { collected: null, exported: [] };
  const lower = (n: PythonNode) => {
    const l = lowerers[cellOf.get(n) ?? 0] as PythonLowerer;
    const exportedBefore = l.exported.length;
    l.collected = shared.collected;
    try {
      return l.topLevel(n);
    } finally {
      l.collected = null;
      shared.exported.push(...l.exported.slice(exportedBefore));
    }
  };
  const reusable = previous && previous.shadowed === shadowed ? previous.statements : null;
  const { statements, moved } = reuseOrLower(nodes, (n) => at.get(n) as { pos: number; end: number }, shared, lower, reusable, change);
  let parseErrors = 0;
  for (const [i, c] of cells.entries()) if (c.tree.rootNode.hasError) parseErrors += Math.max(1, (lowerers[i] as PythonLowerer).parseErrors);
  return {
    ir: { body: statements.flatMap((s) => s.stmts), exportedDeclarations: [...new Set(statements.flatMap((s) => s.exported))], parseErrors, implicitGlobals: false, emptyIsFalse: true, distinctFloats: true, indexableTensors: true },
    statements,
    moved,
    shadowed,
  };
}
