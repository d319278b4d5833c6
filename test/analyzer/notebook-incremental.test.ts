// A notebook is analyzed as its code cells in document order, each parsed on its own:
// - a notebook whose cells are a Python file cut between top-level statements reports exactly
//   what the file reports, at the same places (the joined text is the file's text);
// - after every edit of a sequence (typing in a cell, adding, deleting and moving cells, changing
//   a cell's kind or language, IPython lines), the reusing workspace's findings and facts equal a
//   fresh workspace's for the same cells.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import type { NotebookCell } from "../../server/analysis/notebook/cells";
import { shapeEntries } from "../../server/analysis/queries";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";
import { mulberry32 as rng } from "../helpers/random";

function summary(a: FileAnalysis): string {
  const findings = a.findings.map((f) => `${f.span.start}-${f.span.end} ${f.code} ${f.message} [${f.related.map((r) => `${r.span.start}-${r.span.end}`).join(",")}]`);
  const shapes = shapeEntries(a).map((e) => `${e.span.start}-${e.span.end} ${e.kind} ${e.name}: ${e.text}`);
  return [...findings.sort(), "--", ...shapes].join("\n");
}

/** The file cut into cells at top-level statements (lines that start unindented after a blank line). */
function cellsOf(text: string): NotebookCell[] {
  const lines = text.replace(/\n$/, "").split("\n");
  const cells: string[][] = [[]];
  for (const [i, line] of lines.entries()) {
    const current = cells[cells.length - 1] as string[];
    if (i > 0 && lines[i - 1] === "" && /^[A-Za-z_@]/.test(line) && current.length > 0) cells.push([line]);
    else current.push(line);
  }
  // Each cell ends with a newline, as notebook cells are saved; it adds no line to the joined text.
  return cells.map((c) => ({ kind: "code", language: "python", text: c.join("\n") + "\n" }));
}

const MAGIC_LINES = ["%matplotlib inline", "!pip install torch", "files = !ls", "%time x = 1", "torch?", "    %time y = 2", "  !ls", "_ = !ls"];

/** The cells as the .ipynb JSON a client may send as the document's text. */
function ipynbText(cells: readonly NotebookCell[]): string {
  return JSON.stringify({
    nbformat: 4,
    metadata: { kernelspec: { language: "python" } },
    cells: cells.map((c) => (c.kind === "code" ? { cell_type: "code", metadata: { vscode: { languageId: c.language } }, source: c.text, outputs: [] } : { cell_type: "markdown", metadata: {}, source: c.text })),
  });
}

/** One random edit of the notebook's cells. */
function edit(r: () => number, cells: NotebookCell[]): NotebookCell[] {
  const out = [...cells];
  const i = Math.floor(r() * out.length);
  const cell = out[i] as NotebookCell;
  const k = r();
  if (k < 0.35) {
    // Type or delete one character in a cell.
    const at = Math.floor(r() * (cell.text.length + 1));
    const text = r() < 0.6 ? cell.text.slice(0, at) + String(Math.floor(r() * 10)) + cell.text.slice(at) : cell.text.slice(0, at) + cell.text.slice(at + 1);
    out[i] = { ...cell, text };
  } else if (k < 0.42) {
    out.splice(i, 1);
  } else if (k < 0.5) {
    const [moved] = out.splice(i, 1);
    out.splice(Math.floor(r() * (out.length + 1)), 0, moved as NotebookCell);
  } else if (k < 0.58) {
    out.splice(i, 0, r() < 0.5 ? { kind: "markup", language: "markdown", text: "## Notes\n" } : { ...(out[Math.floor(r() * out.length)] as NotebookCell) });
  } else if (k < 0.65) {
    out[i] = cell.kind === "markup" ? { kind: "code", language: "python", text: cell.text } : { ...cell, language: cell.language === "python" ? "r" : "python" };
  } else if (k < 0.73) {
    const lines = cell.text.split("\n");
    lines.splice(Math.floor(r() * (lines.length + 1)), 0, MAGIC_LINES[Math.floor(r() * MAGIC_LINES.length)] as string);
    out[i] = { ...cell, text: lines.join("\n") };
  } else if (k < 0.78) {
    out[i] = { ...cell, text: (r() < 0.5 ? "%%bash\necho hi\n" : "%%time\n") + cell.text };
  } else if (k < 0.86) {
    // Split a cell at a line: the joined text stays the same, the cells parse apart.
    const lines = cell.text.replace(/\n$/, "").split("\n");
    const at = 1 + Math.floor(r() * Math.max(1, lines.length - 1));
    if (cell.kind === "code" && lines.length > 1) out.splice(i, 1, { ...cell, text: lines.slice(0, at).join("\n") + "\n" }, { ...cell, text: lines.slice(at).join("\n") + "\n" });
  } else if (k < 0.94) {
    // Merge a cell with the next: the same joined text again, parsed together.
    const next = out[i + 1];
    if (next && cell.kind === "code" && next.kind === "code" && next.language === cell.language) out.splice(i, 2, { ...cell, text: cell.text.replace(/\n?$/, "\n") + next.text });
  } else {
    // Line ends saved as CRLF, or back.
    out[i] = { ...cell, text: cell.text.includes("\r\n") ? cell.text.replace(/\r\n/g, "\n") : cell.text.replace(/\n/g, "\r\n") };
  }
  return out.length > 0 ? out : cells;
}

function check(name: string, start: NotebookCell[], steps: number, seed: number): void {
  const r = rng(seed);
  const file = `/notebook-incremental/${name}.ipynb`;
  const live = new Workspace();
  let cells = start;
  live.setNotebook(file, cells);
  live.analyze(file);
  for (let i = 0; i < steps; i++) {
    cells = edit(r, cells);
    // Most clients send cells; some send the notebook's JSON as the document's text.
    if (r() < 0.15) live.setText(file, ipynbText(cells));
    else live.setNotebook(file, cells);
    const analysis = live.analyze(file);
    const incremental = summary(analysis);
    const fresh = new Workspace();
    fresh.setNotebook(file, cells);
    const expected = fresh.analyze(file);
    assert.equal(incremental, summary(expected), `${name}: edit ${i} differs from a fresh analysis`);
    assert.deepEqual(analysis.notebook, expected.notebook, `${name}: edit ${i}: the layout is not the cells'`);
  }
}

const root = join(__dirname, "..", "..");
const pythonFiles = [
  ...readdirSync(join(root, "examples")).filter((n) => n.endsWith(".py")).map((n) => join(root, "examples", n)),
  ...readdirSync(join(root, "test", "oracle", "python-corpus")).filter((n) => n.endsWith(".py")).filter((_, i) => i % 25 === 0).map((n) => join(root, "test", "oracle", "python-corpus", n)),
];

describe("a notebook cut from a Python file reports what the file reports", () => {
  before(async () => {
    await loadPythonParser();
  });
  for (const path of pythonFiles) {
    const name = path.slice(root.length + 1);
    it(name, () => {
      const text = readFileSync(path, "utf8");
      const cells = cellsOf(text);
      assert.ok(cells.length > 1 || text.split("\n").length < 8, "the file is cut into several cells");
      const ws = new Workspace();
      ws.setText("/nb/file.py", text);
      ws.setNotebook("/nb/file.ipynb", cells);
      const asFile = ws.analyze("/nb/file.py");
      const asNotebook = ws.analyze("/nb/file.ipynb");
      // The joined text is the file's own text (a final newline aside).
      assert.equal(asNotebook.text.replace(/\n$/, ""), text.replace(/\n$/, ""));
      assert.equal(summary(asNotebook), summary(asFile));
    });
  }
});

describe("incremental notebook analysis equals a fresh one", () => {
  before(async () => {
    await loadPythonParser();
  });
  for (const [i, path] of pythonFiles.entries()) {
    const name = path.slice(root.length + 1);
    it(name, () => check(name.replace(/\W+/g, "-"), cellsOf(readFileSync(path, "utf8")), 40, 17 + i));
  }
});

describe("a cell split or merged at a line break (the joined text unchanged) is another program", () => {
  before(async () => {
    await loadPythonParser();
  });
  const head = "import torch\nimport torch.nn as nn\nlstm = nn.LSTM(10, 20)\nbad = (1,";
  const call = "out, _ = lstm(torch.randn(5, 3, 12))";
  const one: NotebookCell[] = [{ kind: "code", language: "python", text: `${head}\n${call}\n` }];
  const two: NotebookCell[] = [{ kind: "code", language: "python", text: `${head}\n` }, { kind: "code", language: "python", text: `${call}\n` }];
  const codes = (a: FileAnalysis) => a.findings.map((f) => f.code);

  it("split: the unclosed ( no longer swallows the next cell's call", () => {
    const w = new Workspace();
    w.setNotebook("/nb/split.ipynb", one, 1);
    assert.deepEqual(codes(w.analyze("/nb/split.ipynb")), [], "one cell: the call is inside the unclosed (");
    w.setNotebook("/nb/split.ipynb", two, 2);
    const a = w.analyze("/nb/split.ipynb");
    assert.deepEqual(codes(a), ["input-size-mismatch"]);
    assert.equal(a.notebook?.cells.length, 2);
  });

  it("merge: the call is swallowed again", () => {
    const w = new Workspace();
    w.setNotebook("/nb/merge.ipynb", two, 1);
    assert.deepEqual(codes(w.analyze("/nb/merge.ipynb")), ["input-size-mismatch"]);
    w.setNotebook("/nb/merge.ipynb", one, 2);
    assert.deepEqual(codes(w.analyze("/nb/merge.ipynb")), []);
  });
});
