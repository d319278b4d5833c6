// The builtins a Python file uses other than by calling them (which then lower as the file's own
// names) are found by looking where the text spells them and asking the tree what stands there.
// It must find exactly what a walk of every identifier of the tree finds: on every Python file
// of the repository, and on random edits of some of them (broken code included).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { loadPythonParser, parsePython, type PythonTree } from "../../server/analysis/frontends/python";
import { namesNotOnlyCalled, type PythonNode } from "../../server/analysis/frontends/python/parser";
import { mulberry32 as rng } from "../helpers/random";

const NAMES = ["len", "int", "float", "range", "print", "isinstance", "type", "id", "list", "tuple", "dict", "set", "setattr", "hasattr", "callable", "all", "input", "iter", "min", "max", "sum", "zip", "map"];

/** The reference: every identifier node of the tree, one by one. */
function byWalk(root: PythonNode, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  const cursor = root.walk();
  const visit = (): void => {
    const n = cursor.currentNode;
    if (n.type === "identifier" && names.includes(n.text)) {
      const parent = n.parent;
      const called = parent?.type === "call" && parent.childForFieldName("function")?.startIndex === n.startIndex;
      if (!called) out.add(n.text);
    }
    if (cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  return out;
}

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) continue;
    if (statSync(path).isDirectory()) out.push(...pythonFiles(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

function same(text: string, where: string): void {
  const tree = parsePython(text, null, null) as PythonTree;
  try {
    const expected = [...byWalk(tree.rootNode, NAMES)].sort();
    assert.deepEqual([...namesNotOnlyCalled(tree.rootNode, NAMES, text)].sort(), expected, where);
  } finally {
    tree.delete();
  }
}

const root = join(__dirname, "..", "..");

describe("the builtins a Python file uses other than by calling them", () => {
  before(async () => {
    await loadPythonParser();
  });
  it("on every Python file of the repository", () => {
    const files = [...pythonFiles(join(root, "test")), ...pythonFiles(join(root, "examples"))];
    assert.ok(files.length > 100);
    for (const f of files) same(readFileSync(f, "utf8"), f);
  });
  it("on the tricky places: definitions, attributes, keywords, strings, comments, unicode, broken code", () => {
    const texts = [
      "def len(x):\n    return 0\nprint(len([1]))\n",
      "class list(object):\n    pass\n",
      "x.type = 3\ny = obj.id\nz = self.input(3)\n",
      "f(key=len, type=int)\nsorted(xs, key = len)\n",
      "# print the shape: len(x)\ns = 'range(3) and type'\nt = f\"{len(x)} {type}\"\n",
      "élen = 1\nlené = 2\nx_len = len(y)\nlen2 = 3\n",
      "print (x)\nprint\\\n(x)\nlen  (y)\n",
      "len(\nprint(x\nfor int in range(3:\n",
      "@property\ndef id(self):\n    return self._id\nlambda type: type\n",
      "import len\nfrom x import range as int\nglobal print\n",
      "callable(setattr)\nhasattr(x, 'y')\nsetattr(o, 'a', 1)\n",
      "async def map(f):\n    await zip(a, b)\n",
    ];
    for (const t of texts) same(t, JSON.stringify(t));
  });
  it("on random edits of the Python oracle corpus", () => {
    const corpus = join(root, "test", "oracle", "python-corpus");
    const r = rng(29);
    for (const f of readdirSync(corpus).filter((n) => n.endsWith(".py")).filter((_, i) => i % 15 === 0)) {
      let text = readFileSync(join(corpus, f), "utf8");
      for (let i = 0; i < 20; i++) {
        const at = Math.floor(r() * (text.length + 1));
        const k = r();
        const insert = ["(", ")", " ", "len", ".", "def ", "=", ":", "\n", "print"][Math.floor(r() * 10)] as string;
        text = k < 0.6 ? text.slice(0, at) + insert + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
        same(text, `${f} after ${i + 1} edits`);
      }
    }
  });
});
