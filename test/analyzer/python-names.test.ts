// The builtins a Python file uses other than by calling them (which then lower as the file's own
// names) are found by looking where the text spells them and asking the tree what stands there.
// It must find exactly what a walk of every identifier of the tree finds: on every Python file
// of the repository, and on random edits of some of them (broken code included).
// And the names a body binds, which skip expressions when the text has no `:=`: exactly what a
// walk of every node finds, on the same files and edits, and as written for the tricky cases.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { loadPythonParser, parsePython, type PythonTree } from "../../server/analysis/frontends/python";
import { boundInBody } from "../../server/analysis/frontends/python/names";
import { namesNotOnlyCalled, type PythonNode } from "../../server/analysis/frontends/python/parser";
import { oracleCorpusSample, randomEdits, repositoryPythonFiles } from "../helpers/python-texts";

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

function same(text: string, where: string): void {
  const tree = parsePython(text, null, null) as PythonTree;
  try {
    const expected = [...byWalk(tree.rootNode, NAMES)].sort();
    assert.deepEqual([...namesNotOnlyCalled(tree.rootNode, NAMES, text)].sort(), expected, where);
  } finally {
    tree.delete();
  }
}

const INSERTS = ["(", ")", " ", "len", ".", "def ", "=", ":", "\n", "print"];

/** The module's body and every function body of a file, as boundInBody receives them. */
function bodiesOf(tree: PythonTree): PythonNode[][] {
  const bodies: PythonNode[][] = [tree.rootNode.namedChildren];
  const cursor = tree.walk();
  const visit = (): void => {
    const n = cursor.currentNode;
    if (n.type === "function_definition") bodies.push(n.childForFieldName("body")?.namedChildren ?? []);
    if (cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  cursor.delete();
  return bodies;
}

const sorted = (names: Set<string>): string[] => [...names].sort();

/** A text without `:=`: the walk that skips expressions binds what the walk of every node binds. */
function sameBindings(text: string, where: string): void {
  if (text.includes(":=")) return;
  const tree = parsePython(text, null, null) as PythonTree;
  try {
    for (const body of bodiesOf(tree)) {
      for (const part of [body, ...body.map((s) => [s])]) {
        const everyNode = boundInBody(part, true);
        const statementsOnly = boundInBody(part, false);
        assert.deepEqual(sorted(statementsOnly.bound), sorted(everyNode.bound), where);
        assert.deepEqual(sorted(statementsOnly.outer), sorted(everyNode.outer), where);
      }
    }
  } finally {
    tree.delete();
  }
}

describe("the builtins a Python file uses other than by calling them", () => {
  before(async () => {
    await loadPythonParser();
  });
  it("on every Python file of the repository", () => {
    const files = repositoryPythonFiles();
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
    for (const f of oracleCorpusSample(15)) {
      let i = 0;
      for (const text of randomEdits(readFileSync(f, "utf8"), 29, 20, INSERTS)) same(text, `${f} after ${++i} edits`);
    }
  });
});

describe("the names a Python body binds", () => {
  before(async () => {
    await loadPythonParser();
  });
  it("skipping expressions binds what walking every node binds, on every Python file of the repository", () => {
    const files = repositoryPythonFiles();
    assert.ok(files.length > 100);
    for (const f of files) sameBindings(readFileSync(f, "utf8"), f);
  });
  it("and on random edits of the Python oracle corpus", () => {
    for (const f of oracleCorpusSample(15)) {
      let i = 0;
      for (const text of randomEdits(readFileSync(f, "utf8"), 31, 20, INSERTS)) sameBindings(text, `${f} after ${++i} edits`);
    }
  });
  it("on the tricky places: with and except aliases, walrus, comprehensions, nested definitions, global", () => {
    const cases: { text: string; bound: string[]; outer?: string[] }[] = [
      { text: "with open(p) as f, g as (a, b):\n    pass\n", bound: ["a", "b", "f"] },
      { text: "with (open(p) as f):\n    x = f.read()\n", bound: ["f", "x"] },
      { text: "with (open(p) as f, open(q) as g):\n    pass\n", bound: ["f", "g"] },
      { text: "try:\n    pass\nexcept (E, F) as e:\n    y = 1\n", bound: ["e", "y"] },
      { text: "if (n := len(xs)) > 2:\n    print(f(m := n))\n", bound: ["m", "n"] },
      { text: "ys = [v for v in xs]\nzs = {k: w for k, w in d}\nl = lambda q: q\n", bound: ["l", "ys", "zs"] },
      { text: "def f(a):\n    b = a\nclass C:\n    c = 1\n", bound: ["C", "f"] },
      { text: "for i, (j, *k) in pairs:\n    t = i\nelse:\n    u = 0\n", bound: ["i", "j", "k", "t", "u"] },
      { text: "a = b = c\nx.y = 1\nz[0] = 2\nw += 1\n", bound: ["a", "b", "w"] },
      { text: "import torch.nn as nn, os.path\nfrom torch.nn import GRU as G, LSTM\n", bound: ["G", "LSTM", "nn", "os"] },
      { text: "global h\nh = 1\nk = 2\n", bound: ["k"], outer: ["h"] },
    ];
    for (const c of cases) {
      const tree = parsePython(c.text, null, null) as PythonTree;
      try {
        const { bound, outer } = boundInBody(tree.rootNode.namedChildren, c.text.includes(":="));
        assert.deepEqual(sorted(bound), c.bound, c.text);
        assert.deepEqual(sorted(outer), c.outer ?? [], c.text);
      } finally {
        tree.delete();
      }
      sameBindings(c.text, c.text);
    }
  });
});
