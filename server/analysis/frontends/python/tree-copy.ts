/**
 * A statement's syntax tree copied out of the parser's WebAssembly memory, so that the lowering
 * reads plain JavaScript. web-tree-sitter's `Node` goes into WebAssembly for each property it is
 * asked (a node's type, where it ends, its children: each a call, with the node written into and
 * read out of a transfer buffer); the lowering asks a few of them of every node, and made so, in
 * a server that has just started (nothing optimised yet), it was a third of a Python file's first
 * analysis.
 *
 * The copy is made by one call into a small WebAssembly walk (assembly/tree-walk.ts) that moves
 * web-tree-sitter's own tree cursor from inside WebAssembly; where that walk is not available,
 * by the same walk in JavaScript through web-tree-sitter's TreeCursor (slower, the same copy).
 *
 * Only a subtree without syntax errors is copied (`copySubtree` returns null otherwise): the
 * copy's `hasError` is then false everywhere, and code with errors keeps the parser's own nodes.
 */
import type { PythonNode, PythonTree } from "./parser";

/** The parts of web-tree-sitter's `Node` the lowering reads; the parser's nodes have them too. */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly isNamed: boolean;
  readonly hasError: boolean;
  /** For a copy, null at the copied subtree's root. */
  readonly parent: SyntaxNode | null;
  readonly children: SyntaxNode[];
  readonly namedChildren: SyntaxNode[];
  /**
   * For a copy, among the node's own children, as childrenForFieldName and the grammar's node
   * types have them: web-tree-sitter's also finds a `match` statement's `alternative` clauses
   * inside its block (a hidden rule shown as a block), which the lowering never asks for.
   */
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): SyntaxNode[];
}

/** Numbers per node in a copy, and where each is (as assembly/tree-walk.ts writes them). */
export const STRIDE = 7;
const TYPE = 0; // the node's type id, plus NAMED when it is named
const START = 1;
const END = 2;
const FIELD = 3;
const PARENT = 4; // -1 for the subtree's root
const FIRST_CHILD = 5; // -1 when none
const NEXT_SIBLING = 6; // -1 when none
const NAMED = 0x10000;
const TYPE_ID = 0xffff;

/**
 * Copies the subtree of a cursor placed on its root into `STRIDE` numbers per node; null when
 * it cannot (the caller then walks with the TreeCursor). Supplied by the parser's loader.
 */
export type TreeWalk = (cursor: ReturnType<PythonNode["walk"]>, tree: PythonTree, sizeHint: number) => Int32Array | null;

/** The copy of one subtree: the walk's numbers, and node objects made as they are asked for. */
class CopiedTree {
  private readonly nodes: (CopiedNode | undefined)[] = [];

  constructor(
    readonly data: Int32Array,
    readonly text: string,
    readonly typeNames: readonly string[],
    readonly fieldIds: ReadonlyMap<string, number>,
  ) {}

  /** The same object for the same node, every time: nodes can be compared and kept in maps. */
  node(i: number): CopiedNode {
    let n = this.nodes[i];
    if (!n) {
      n = new CopiedNode(this, i);
      this.nodes[i] = n;
    }
    return n;
  }

  at(i: number, slot: number): number {
    return this.data[i * STRIDE + slot] as number;
  }

  /** The children of node `i`, those with `field` only when given. */
  childrenOf(i: number, namedOnly: boolean, field = -1): CopiedNode[] {
    const out: CopiedNode[] = [];
    for (let c = this.at(i, FIRST_CHILD); c >= 0; c = this.at(c, NEXT_SIBLING)) {
      if (namedOnly && (this.at(c, TYPE) & NAMED) === 0) continue;
      if (field >= 0 && this.at(c, FIELD) !== field) continue;
      out.push(this.node(c));
    }
    return out;
  }
}

class CopiedNode implements SyntaxNode {
  constructor(
    private readonly tree: CopiedTree,
    private readonly index: number,
  ) {}

  get type(): string {
    // As web-tree-sitter names a node: an ERROR node's id is past the language's types.
    return this.tree.typeNames[this.tree.at(this.index, TYPE) & TYPE_ID] ?? "ERROR";
  }

  get text(): string {
    return this.tree.text.slice(this.startIndex, this.endIndex);
  }

  get startIndex(): number {
    return this.tree.at(this.index, START);
  }

  get endIndex(): number {
    return this.tree.at(this.index, END);
  }

  get isNamed(): boolean {
    return (this.tree.at(this.index, TYPE) & NAMED) !== 0;
  }

  get hasError(): boolean {
    return false;
  }

  get parent(): SyntaxNode | null {
    const p = this.tree.at(this.index, PARENT);
    return p < 0 ? null : this.tree.node(p);
  }

  get children(): SyntaxNode[] {
    return this.tree.childrenOf(this.index, false);
  }

  get namedChildren(): SyntaxNode[] {
    return this.tree.childrenOf(this.index, true);
  }

  childForFieldName(name: string): SyntaxNode | null {
    const field = this.tree.fieldIds.get(name);
    if (field === undefined) return null;
    for (let c = this.tree.at(this.index, FIRST_CHILD); c >= 0; c = this.tree.at(c, NEXT_SIBLING)) if (this.tree.at(c, FIELD) === field) return this.tree.node(c);
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    const field = this.tree.fieldIds.get(name);
    return field === undefined ? [] : this.tree.childrenOf(this.index, false, field);
  }
}

const fieldIdsByLanguage = new WeakMap<object, Map<string, number>>();

function fieldIdsOf(language: PythonTree["language"]): Map<string, number> {
  let ids = fieldIdsByLanguage.get(language);
  if (!ids) {
    const found = new Map<string, number>();
    language.fields.forEach((name, id) => {
      if (name !== null && !found.has(name)) found.set(name, id);
    });
    fieldIdsByLanguage.set(language, found);
    ids = found;
  }
  return ids;
}

/** The walk of assembly/tree-walk.ts in JavaScript, through web-tree-sitter's TreeCursor. */
export function walkWithCursor(cursor: ReturnType<PythonNode["walk"]>): Int32Array {
  const out: number[] = [];
  let parent = -1;
  let previous = -1;
  for (;;) {
    const i = out.length / STRIDE;
    out.push(cursor.nodeTypeId | (cursor.nodeIsNamed ? NAMED : 0), cursor.startIndex, cursor.endIndex, cursor.currentFieldId, parent, -1, -1);
    if (previous >= 0) out[previous * STRIDE + NEXT_SIBLING] = i;
    else if (parent >= 0) out[parent * STRIDE + FIRST_CHILD] = i;
    if (cursor.gotoFirstChild()) {
      parent = i;
      previous = -1;
      continue;
    }
    previous = i;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return Int32Array.from(out);
      previous = parent;
      parent = out[parent * STRIDE + PARENT] as number;
    }
  }
}

/**
 * Copies `node`'s subtree (`text` is what its tree was parsed from) with `walk`, or with the
 * TreeCursor when `walk` is null or cannot; null when the subtree has a syntax error.
 */
export function copySubtree(node: PythonNode, text: string, walk: TreeWalk | null): SyntaxNode | null {
  if (node.hasError) return null;
  // A walk that could not finish leaves its cursor anywhere: the TreeCursor starts on a new one.
  const data = (walk && withCursor(node, (c) => walk(c, node.tree, node.descendantCount))) ?? withCursor(node, walkWithCursor);
  const language = node.tree.language;
  return new CopiedTree(data, text, language.types, fieldIdsOf(language)).node(0);
}

function withCursor<T>(node: PythonNode, f: (cursor: ReturnType<PythonNode["walk"]>) => T): T {
  const cursor = node.walk();
  try {
    return f(cursor);
  } finally {
    cursor.delete();
  }
}
