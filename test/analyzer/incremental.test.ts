// Incremental analysis must give exactly what analyzing from scratch gives: after every edit of a
// sequence (typing and deleting characters and lines anywhere in real model files), the findings
// and every fact (position, name, shape) of the reusing workspace equal a fresh workspace's.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { generateModelFile } from "../../bench/generate";
import { generatePythonModelFile } from "../../bench/generate-python";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { shapeEntries } from "../../server/analysis/queries";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";
import { mulberry32 as rng } from "../helpers/random";


function summary(a: FileAnalysis): string {
  const findings = a.findings.map((f) => `${f.span.start}-${f.span.end} ${f.code} ${f.message} [${f.related.map((r) => `${r.span.start}-${r.span.end}`).join(",")}] {${f.fixes.map((x) => x.edits.map((e) => `${e.span.start}-${e.span.end}=${e.newText}`).join(",")).join(";")}}`);
  const shapes = shapeEntries(a).map((e) => `${e.span.start}-${e.span.end} ${e.kind} ${e.name}: ${e.text}`);
  return [...findings.sort(), "--", ...shapes].join("\n");
}

/** One random edit: insert or delete a character, a digit, or a whole line. */
function edit(r: () => number, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  const k = r();
  if (k < 0.35) return text.slice(0, at) + String(Math.floor(r() * 10)) + text.slice(at);
  if (k < 0.6) return text.slice(0, at) + text.slice(at + 1);
  if (k < 0.8) {
    const lines = text.split("\n");
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 1);
    return lines.join("\n");
  }
  const lines = text.split("\n");
  const i = Math.floor(r() * lines.length);
  lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? "");
  return lines.join("\n");
}

/** Edits that keep the code well formed: a digit typed into or deleted from a number literal, a line's copy or removal. */
function mildEdit(r: () => number, text: string): string {
  const lines = text.split("\n");
  const k = r();
  if (k < 0.7) {
    const numbers = [...text.matchAll(/\d+/g)];
    const m = numbers[Math.floor(r() * numbers.length)];
    if (m && m.index !== undefined) {
      const at = m.index + m[0].length;
      return r() < 0.5 || m[0].length < 2 ? text.slice(0, at) + String(1 + Math.floor(r() * 9)) + text.slice(at) : text.slice(0, at - 1) + text.slice(at);
    }
  }
  const i = Math.floor(r() * lines.length);
  if (k < 0.85) lines.splice(i, 1);
  else lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? "");
  return lines.join("\n");
}

/** Each step's result equals a fresh analysis of the same text; every step a few edits (or one). */
function checkEdits(name: string, start: string, steps: number, seed: number, edits: (r: () => number, text: string) => string): void {
  const r = rng(seed);
  const file = `/incremental/${name}`;
  const live = new Workspace();
  let text = start;
  live.setText(file, text);
  live.analyze(file);
  for (let i = 0; i < steps; i++) {
    text = edits(r, text);
    live.setText(file, text);
    const incremental = summary(live.analyze(file));
    const fresh = new Workspace();
    fresh.setText(file, text);
    assert.equal(incremental, summary(fresh.analyze(file)), `${name}: edit ${i} differs from a fresh analysis`);
  }
}

function check(name: string, start: string, steps: number, seed: number): void {
  checkEdits(name, start, steps, seed, edit);
}

const root = join(__dirname, "..", "..");
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts") && f !== "config.ts");

describe("incremental analysis equals a fresh one", () => {
  before(async () => {
    await loadPythonParser();
  });
  for (const [i, f] of examples.entries()) {
    it(`examples/${f}`, () => check(f, readFileSync(join(root, "examples", f), "utf8"), 60, 7 + i));
  }
  it("a generated 400-line model file", () => check("generated.ts", generateModelFile(400).text, 40, 3));
  // Objects written after they are made, callbacks run after the top level, loops followed
  // iteration by iteration: remembered statements must see the writes an edit changes.
  const corpus = join(root, "test", "oracle", "corpus");
  for (const f of readdirSync(corpus).filter((n) => n.endsWith(".ts")).filter((_, i) => i % 40 === 0)) {
    it(`the oracle corpus' ${f}`, () => check(f, readFileSync(join(corpus, f), "utf8"), 30, 11));
  }
  // Python: tree-sitter reparses the edited region, top-level statements keep their lowering.
  for (const f of readdirSync(join(root, "examples")).filter((n) => n.endsWith(".py"))) {
    it(`examples/${f}`, () => check(f, readFileSync(join(root, "examples", f), "utf8"), 60, 5));
  }
  const pyCorpus = join(root, "test", "oracle", "python-corpus");
  for (const f of readdirSync(pyCorpus).filter((n) => n.endsWith(".py")).filter((_, i) => i % 30 === 0)) {
    it(`the Python oracle corpus' ${f}`, () => check(f, readFileSync(join(pyCorpus, f), "utf8"), 30, 13));
  }
  it("an edited property write reaches the statements after it that were remembered", () => {
    const file = "/incremental/config-write.ts";
    const before = 'import { nn, torch } from "rnnlens";\nconst cfg = { inputSize: 10, hiddenSize: 20, numLayers: 1 };\ncfg.numLayers = 2;\nconst gru = new nn.GRU(cfg);\ngru.forward(torch.randn(5, 3, 10), torch.zeros(2, 3, 20));\n';
    const live = new Workspace();
    live.setText(file, before);
    assert.deepEqual(live.analyze(file).findings.map((f) => f.code), []);
    const after = before.replace("cfg.numLayers = 2;", "cfg.numLayers = 3;");
    live.setText(file, after);
    const fresh = new Workspace();
    fresh.setText(file, after);
    assert.deepEqual(live.analyze(file).findings.map((f) => f.message), ["Expected hidden size (3, 3, 20), got [2, 3, 20]"]);
    assert.equal(summary(live.analyze(file)), summary(fresh.analyze(file)));
  });
  // Top-level branches and loops are remembered units too: what they read is recorded as they
  // read it (a branch's copy of the module scope does not count as reading every name).
  const loopsAndBranches = [
    "import torch",
    "import torch.nn as nn",
    "import sys",
    "",
    "n = len(sys.argv)",
    "cell = nn.GRUCell(10, 20)",
    "steps = torch.randn(5, 3, 10)",
    "h = torch.zeros(3, 20)",
    "outs = []",
    "for t in range(steps.size(0)):",
    "    h = cell(steps[t], h)",
    "    outs.append(h)",
    "if n > 2:",
    "    h = torch.zeros(3, 20)",
    "    extra = torch.randn(3, 10)",
    "else:",
    "    extra = torch.randn(3, 11)",
    "h = cell(extra, h)",
    "rnn = nn.LSTM(10, 20, 2)",
    "i = 0",
    "while i < 3:",
    "    out, (hn, cn) = rnn(steps, (torch.zeros(2, 3, 20), torch.zeros(2, 3, 20)))",
    "    i += 1",
    "try:",
    "    y = rnn(torch.randn(5, 3, 12))",
    "except RuntimeError:",
    "    y = None",
    "unknown = out.view(-1, 2, 10)",
    "if n > 1:",
    "    print(unknown.shape)",
    "for k in range(n):",
    "    z = unknown.size(0)",
    "    w = torch.randn(z, 3, 10)",
    "    q, _ = rnn(w)",
    "lin = nn.Linear(20, 4)",
    "scores = lin(h)",
    "",
  ].join("\n");
  it("edits of numbers and lines inside and around top-level loops and branches (Python)", () => {
    checkEdits("loops.py", loopsAndBranches, 120, 17, mildEdit);
  });
  it("random edits inside and around top-level loops and branches (Python)", () => {
    checkEdits("loops-random.py", loopsAndBranches, 120, 19, edit);
  });
  it("edits inside and around top-level loops and branches (TypeScript)", () => {
    const ts = [
      'import { nn, torch } from "rnnlens";',
      "const n = Number(process.argv[2]);",
      "const cell = new nn.GRUCell(10, 20);",
      "const steps = torch.randn(5, 3, 10);",
      "let h = torch.zeros(3, 20);",
      "for (let t = 0; t < 5; t++) {",
      "  h = cell.forward(torch.randn(3, 10), h);",
      "}",
      "let extra = torch.randn(3, 10);",
      "if (n > 2) {",
      "  extra = torch.randn(3, 11);",
      "} else {",
      "  h = torch.zeros(3, 20);",
      "}",
      "h = cell.forward(extra, h);",
      "const rnn = new nn.LSTM(10, 20, 2);",
      "try {",
      "  rnn.forward(torch.randn(5, 3, 12));",
      "} catch (e) {",
      "  console.log(e);",
      "}",
      "{",
      "  const inner = rnn.forward(steps, [torch.zeros(2, 3, 20), torch.zeros(2, 3, 20)]);",
      "}",
      "",
    ].join("\n");
    checkEdits("loops.ts", ts, 100, 23, mildEdit);
    checkEdits("loops-random.ts", ts, 100, 29, edit);
  });
  it("a branch assigns a name the other branch leaves: the join after it depends on the value before", () => {
    const text = (rows: number) => `import torch\nimport sys\nn = len(sys.argv)\nh = torch.zeros(${rows}, 20)\nif n > 2:\n    h = torch.zeros(3, 20)\nprint(h)\n`;
    const file = "/incremental/join.py";
    const live = new Workspace();
    live.setText(file, text(3));
    live.analyze(file);
    live.setText(file, text(4));
    const fresh = new Workspace();
    fresh.setText(file, text(4));
    const expected = summary(fresh.analyze(file));
    assert.match(expected, /h: Tensor\[\?, 20\]/);
    assert.equal(summary(live.analyze(file)), expected);
  });
  it("naming an unknown dim: the first statement to read the size names it, replayed or not", () => {
    const head = "import torch\nimport sys\nn = int(sys.argv[1])\nout = torch.randn(n, 6, 10)\nchunks = out.view(-1, 3, 10)\n";
    const before = `${head}print(chunks.shape)\nprint(chunks.shape)\n`;
    const after = `${head}print(chunks)\nprint(chunks.shape)\n`;
    const file = "/incremental/naming.py";
    const live = new Workspace();
    live.setText(file, before);
    live.analyze(file);
    live.setText(file, after);
    const fresh = new Workspace();
    fresh.setText(file, after);
    const expected = summary(fresh.analyze(file));
    assert.match(expected, /chunks: Tensor\[chunks\.size\(0\), 3, 10\]/);
    assert.equal(summary(live.analyze(file)), expected);
    // And back: the edited line names the dim again.
    live.setText(file, before);
    const freshBefore = new Workspace();
    freshBefore.setText(file, before);
    assert.equal(summary(live.analyze(file)), summary(freshBefore.analyze(file)));
  });
  it("module.exports written by a remembered statement still reaches an importer after an edit", () => {
    const lib = "/incremental/exports/lib.js";
    const main = "/incremental/exports/main.js";
    const libText = (size: number) => `const { nn } = require("rnnlens");\nconst hidden = ${size};\nconst gru = new nn.GRU(10, 20);\nmodule.exports = { gru };\n`;
    const mainText = 'const { torch } = require("rnnlens");\nconst { gru } = require("./lib");\ngru.forward(torch.randn(5, 3, 11));\n';
    const live = new Workspace();
    live.setText(lib, libText(1));
    live.setText(main, mainText);
    assert.equal(live.analyze(main).findings.length, 1);
    live.setText(lib, libText(2));
    assert.deepEqual([...live.analyze(lib).exports.keys()], ["gru"]);
    assert.equal(live.analyze(main).findings.length, 1);
  });
  it("the generated Python benchmark file: random edits, and a digit typed in and out of each size", () => {
    const g = generatePythonModelFile(300);
    check("generated.py", g.text, 40, 31);
    const live = new Workspace();
    let text = g.text;
    const file = "/incremental/sites.py";
    live.setText(file, text);
    live.analyze(file);
    for (const site of g.sites.slice(0, 16)) {
      for (const typed of [true, false]) {
        text = typed ? text.slice(0, site.offset) + "1" + text.slice(site.offset) : text.slice(0, site.offset) + text.slice(site.offset + 1);
        live.setText(file, text);
        const fresh = new Workspace();
        fresh.setText(file, text);
        assert.equal(summary(live.analyze(file)), summary(fresh.analyze(file)), site.description);
      }
    }
    checkEdits("generated-mild.py", g.text, 60, 37, mildEdit);
  });
  // A finding's span may end where its statement ends (an unclosed call at the end of the file
  // has no `)`): text typed right there must not stretch it, so that statement is lowered again.
  it("typing right at the end of an unclosed last statement", () => {
    const file = "/incremental/unclosed.ts";
    const base = 'import { torch } from "rnnlens";\nconst x = torch.randn(4, 5);\nconst y = x.view(7, 3';
    for (const typed of [" ", "\n", "\n\n", ","]) {
      const live = new Workspace();
      live.setText(file, base);
      assert.deepEqual(live.analyze(file).findings.map((f) => f.code), ["reshape-invalid"]);
      live.setText(file, base + typed);
      const fresh = new Workspace();
      fresh.setText(file, base + typed);
      assert.equal(summary(live.analyze(file)), summary(fresh.analyze(file)), JSON.stringify(typed));
    }
  });
  // A Python loop runs on a hidden variable named after where the loop is: a loop reused after
  // an edit above it moved keeps its name, so the name counts from its statement's start.
  it("a Python loop moved by an edit above it keeps its facts' names", () => {
    const file = "/incremental/loop.py";
    const base = "import torch\nimport torch.nn as nn\n\ny = torch.randn(4, 2, 7)\nlayers = nn.ModuleList([nn.RNN(7, 3)])\nfor layer in layers:\n    y, _ = layer(y)\n";
    const live = new Workspace();
    live.setText(file, base);
    live.analyze(file);
    const edited = base.replace("y = torch", "n = 1\ny = torch");
    live.setText(file, edited);
    const fresh = new Workspace();
    fresh.setText(file, edited);
    assert.equal(summary(live.analyze(file)), summary(fresh.analyze(file)));
  });
  it("typing the same digit in and out of a size", () => {
    const g = generateModelFile(300);
    const live = new Workspace();
    let text = g.text;
    const file = "/incremental/sites.ts";
    live.setText(file, text);
    live.analyze(file);
    for (const site of g.sites.slice(0, 12)) {
      for (const typed of [true, false]) {
        text = typed ? text.slice(0, site.offset) + "1" + text.slice(site.offset) : text.slice(0, site.offset) + text.slice(site.offset + 1);
        live.setText(file, text);
        const fresh = new Workspace();
        fresh.setText(file, text);
        assert.equal(summary(live.analyze(file)), summary(fresh.analyze(file)), site.description);
      }
    }
  });
});
