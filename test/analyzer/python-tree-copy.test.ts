// The Python lowering reads a copy of each statement's syntax tree (tree-copy.ts), made by a walk
// in WebAssembly that moves web-tree-sitter's cursor from inside (tree-walk.ts), or by the same
// walk through web-tree-sitter's TreeCursor. Both copies must answer every question the lowering
// asks exactly as web-tree-sitter's own nodes do, and the lowering of a statement must be the
// same read from either: on every Python file of the repository and on random edits of some.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { loadPythonParser, parsePython, type PythonTree } from "../../server/analysis/frontends/python";
import { PythonLowerer } from "../../server/analysis/frontends/python/lower";
import { pythonTreeWalk, type PythonNode } from "../../server/analysis/frontends/python/parser";
import { copySubtree, STRIDE, type SyntaxNode } from "../../server/analysis/frontends/python/tree-copy";
import { oracleCorpusSample, randomEdits, repositoryPythonFiles } from "../helpers/python-texts";

const where = (n: SyntaxNode | null | undefined): string => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : "none");

/**
 * The one place a copy answers otherwise: the grammar's `match` body is a hidden rule shown as a
 * `block`, whose `alternative` fields web-tree-sitter's childForFieldName also finds from the
 * `match` statement (its childrenForFieldName, its node types and the copy do not). The lowering
 * never asks a `match` statement for them.
 */
const INHERITED: ReadonlySet<string> = new Set(["match_statement.alternative"]);

/** Every node of the copy answers as the parser's node at the same place, all the way down. */
function sameNode(copy: SyntaxNode, parsed: PythonNode, fields: readonly string[], isRoot: boolean, context: string): void {
  const at = `${context}: ${where(parsed)}`;
  assert.equal(copy.type, parsed.type, at);
  assert.equal(copy.startIndex, parsed.startIndex, at);
  assert.equal(copy.endIndex, parsed.endIndex, at);
  assert.equal(copy.text, parsed.text, at);
  assert.equal(copy.isNamed, parsed.isNamed, at);
  assert.equal(copy.hasError, parsed.hasError, at);
  if (!isRoot) assert.equal(where(copy.parent), where(parsed.parent), `${at} parent`);
  assert.deepEqual(copy.namedChildren.map(where), parsed.namedChildren.map(where), `${at} named children`);
  for (const field of fields) {
    if (!INHERITED.has(`${parsed.type}.${field}`)) assert.equal(where(copy.childForFieldName(field)), where(parsed.childForFieldName(field)), `${at} field ${field}`);
    assert.deepEqual(copy.childrenForFieldName(field).map(where), parsed.childrenForFieldName(field).map(where), `${at} fields ${field}`);
  }
  const copied = copy.children;
  const children = parsed.children;
  assert.equal(copied.length, children.length, `${at} children`);
  children.forEach((c, i) => sameNode(copied[i] as SyntaxNode, c, fields, false, context));
}

/** Lowers one statement from `node` in a lowerer of its own (its state starts the same each time). */
function lowered(text: string, tree: PythonTree, node: SyntaxNode): string {
  return JSON.stringify(new PythonLowerer(text, tree.rootNode).statement(node));
}

function checkText(text: string, context: string): number {
  const tree = parsePython(text, null, null) as PythonTree;
  try {
    const fields = tree.language.fields.filter((f): f is string => f !== null);
    const walk = pythonTreeWalk();
    assert.ok(walk, "the WebAssembly walk is loaded");
    let copied = 0;
    for (const statement of tree.rootNode.namedChildren) {
      const viaWalk = copySubtree(statement, text, pythonTreeWalk());
      const viaCursor = copySubtree(statement, text, null);
      if (statement.hasError) {
        assert.equal(viaWalk, null, `${context}: a statement with an error is not copied`);
        assert.equal(viaCursor, null, `${context}: a statement with an error is not copied`);
        continue;
      }
      assert.ok(viaWalk && viaCursor, context);
      // The walk itself makes the copy (a walk that cannot gives way to the TreeCursor unseen), in
      // room for the node count the loader asks for (web-tree-sitter's count of visible nodes).
      const cursor = statement.walk();
      try {
        const data = walk(cursor, tree, statement.descendantCount);
        assert.ok(data, `${context}: the WebAssembly walk copied ${where(statement)}`);
        assert.equal(data.length / STRIDE, statement.descendantCount, `${context}: nodes of ${where(statement)}`);
      } finally {
        cursor.delete();
      }
      sameNode(viaWalk, statement, fields, true, `${context} (WebAssembly walk)`);
      sameNode(viaCursor, statement, fields, true, `${context} (TreeCursor walk)`);
      const expected = lowered(text, tree, statement);
      assert.equal(lowered(text, tree, viaWalk), expected, `${context}: lowered from the WebAssembly walk's copy at ${where(statement)}`);
      assert.equal(lowered(text, tree, viaCursor), expected, `${context}: lowered from the TreeCursor walk's copy at ${where(statement)}`);
      copied++;
    }
    return copied;
  } finally {
    tree.delete();
  }
}

describe("a Python statement's syntax tree copied out of the parser", () => {
  before(async () => {
    await loadPythonParser();
  });
  it("is copied by the walk in WebAssembly (the parser's loading found all it needs)", () => {
    assert.notEqual(pythonTreeWalk(), null);
  });
  it("answers as the parser's nodes, and lowers the same, on every Python file of the repository", () => {
    const files = repositoryPythonFiles();
    assert.ok(files.length > 100);
    let statements = 0;
    for (const f of files) statements += checkText(readFileSync(f, "utf8"), f);
    assert.ok(statements > 3000, `${statements} statements copied`);
  });
  it("and on random edits of the Python oracle corpus (broken code included)", () => {
    for (const f of oracleCorpusSample(25)) {
      let i = 0;
      for (const text of randomEdits(readFileSync(f, "utf8"), 37, 10, ["(", ")", " ", "x", ".", "def ", "=", ":", "\n", "[", ",", "#"])) checkText(text, `${f} after ${++i} edits`);
    }
  });
  it("on the places where the tree's shape is unusual: hidden nodes with fields, aliases, extras, unicode", () => {
    const texts = [
      "x = (yield)\ny = [*a, *b]\nz = {**d, 'k': 1}\n",
      "def f(a, /, b, *, c=1, **kw) -> int:\n    return a if b else c\n",
      "print(f'{x!r:>{w}} {y}')  # comment\n\"\"\"doc\"\"\"\n",
      "éa = 1  # ünïcode 🙂\nb = 'ß' + \"🙂\"\n",
      "async def g():\n    async with a as b:\n        await c\n    async for i in d:\n        pass\n",
      "x[1:2, ::3, ...] = y @ z\nw = not a or b and c\n",
      "class A(B, metaclass=M):\n    @d.e(1)\n    def f(self): ...\n",
      "match p:\n    case Point(x=0, y=yy) if yy > 1:\n        pass\n    case _:\n        pass\n",
      "a = b = c = 1\nl = lambda *a, **k: (a, k)\nt = 1,\n",
      "try:\n    pass\nexcept* (E, F) as g:\n    pass\nfinally:\n    pass\n",
    ];
    for (const t of texts) checkText(t, JSON.stringify(t));
  });
});
