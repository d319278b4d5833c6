/**
 * The Python frontend's entry: parses a file (incrementally after an edit, reusing the previous
 * syntax tree) and lowers it to the IR statement by statement, reusing the lowering of the
 * top-level statements an edit did not touch (see incremental.ts).
 */
import type { Expr, FileIR, Span } from "../../ir";
import { reuseOrLower, type LoweredStatement, type TextChange } from "../../incremental";
import { PythonLowerer } from "./lower";
import { Edit, pythonParser, type PythonNode, type PythonTree } from "./parser";

export { loadPythonParser, pythonParser } from "./parser";
export type { PythonTree } from "./parser";

export const PYTHON_EXTENSIONS: readonly string[] = [".py", ".pyi"];

export function isPythonFile(file: string): boolean {
  return /\.pyi?$/i.test(file);
}

/** Row and column (UTF-16 code units, as the parser counts them for strings) of an offset. */
function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/**
 * Parses `text`; after an edit of `old` (whose tree is given up: edited and reused), only the
 * changed region is parsed again. Null when the parser is not loaded.
 */
export function parsePython(text: string, old: { tree: PythonTree; text: string } | null, change: TextChange | null): PythonTree | null {
  const parser = pythonParser();
  if (!parser) return null;
  let oldTree: PythonTree | null = null;
  if (old && change) {
    old.tree.edit(
      new Edit({
        startIndex: change.start,
        oldEndIndex: change.oldEnd,
        newEndIndex: change.newEnd,
        startPosition: pointAt(old.text, change.start),
        oldEndPosition: pointAt(old.text, change.oldEnd),
        newEndPosition: pointAt(text, change.newEnd),
      }),
    );
    oldTree = old.tree;
  }
  const tree = parser.parse(text, oldTree);
  old?.tree.delete();
  return tree;
}

/** Parses an annotation's `[a, b]` text on its own and lowers its elements with offsets into the file. */
export function dimsLowering(collected: () => Span[] | null): (dimsText: string, offset: number) => Expr[] | null {
  return (dimsText, offset) => {
    const tree = pythonParser()?.parse(dimsText);
    if (!tree) return null;
    try {
      const stmt = tree.rootNode.namedChildren[0];
      const list = stmt?.type === "expression_statement" ? stmt.namedChildren[0] : null;
      if (!list || list.type !== "list" || tree.rootNode.hasError) return null;
      const sub = new PythonLowerer(dimsText, tree.rootNode, { shift: offset, annotation: true });
      sub.collected = collected();
      return list.namedChildren.filter((c) => c.type !== "comment").map((c) => sub.expr(c));
    } finally {
      tree.delete();
    }
  };
}

/**
 * Where each top-level statement starts for reuse: right after the previous one, so the comments
 * above it (`# @shape`) belong to it.
 */
export function placesOf(nodes: readonly PythonNode[]): Map<PythonNode, { pos: number; end: number }> {
  const out = new Map<PythonNode, { pos: number; end: number }>();
  let pos = 0;
  for (const n of nodes) {
    out.set(n, { pos, end: n.endIndex });
    pos = n.endIndex;
  }
  return out;
}

/**
 * Lowers a parsed file, reusing the IR of unchanged top-level statements. The builtins the file
 * shadows change how every statement lowers: when they change, nothing is reused.
 */
export function lowerPython(tree: PythonTree, text: string, previous: { statements: readonly LoweredStatement[]; shadowed: string } | null, change: TextChange | null): { ir: FileIR; statements: LoweredStatement[]; moved: LoweredStatement[]; shadowed: string } {
  const root = tree.rootNode;
  const lowerer = new PythonLowerer(text, root);
  lowerer.lowerDims = dimsLowering(() => lowerer.collected);
  const shadowed = lowerer.shadowedBuiltins();
  // Only a node that starts with `#` can be a comment: its type (a call into WebAssembly, over
  // every top-level statement at each edit) is asked of those only.
  const nodes = root.namedChildren.filter((n) => text.charCodeAt(n.startIndex) !== 35 || n.type !== "comment");
  const at = placesOf(nodes);
  const reusable = previous && previous.shadowed === shadowed ? previous.statements : null;
  const { statements, moved } = reuseOrLower(nodes, (n) => at.get(n) as { pos: number; end: number }, lowerer, (n) => lowerer.topLevel(n), reusable, change);
  const parseErrors = root.hasError ? Math.max(1, lowerer.parseErrors) : 0;
  return { ir: { body: statements.flatMap((s) => s.stmts), exportedDeclarations: [...new Set(statements.flatMap((s) => s.exported))], parseErrors, implicitGlobals: false, emptyIsFalse: true, distinctFloats: true, indexableTensors: true }, statements, moved, shadowed };
}
