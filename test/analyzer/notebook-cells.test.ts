// The notebook units as data: how IPython lines are masked (same length, only where a statement
// starts, CRLF kept), which cells are Python, how cells are joined into one text and found again
// from an offset, and how a .ipynb file is read.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellAt, joinCells, offsetInNotebook, type NotebookCell } from "../../server/analysis/notebook/cells";
import { cellMagic, isPythonCellText, maskIPython } from "../../server/analysis/notebook/ipython";
import { readIpynb } from "../../server/analysis/notebook/ipynb";

/** [cell text, masked text, offsets of the names that stand for captured output]. */
const MASKS: readonly (readonly [string, string, readonly number[]])[] = [
  // IPython lines at the top level become comments.
  ["%matplotlib inline", "#                 ", []],
  ["%%time\nx = 1", "#     \nx = 1", []],
  ["!ls -la", "#      ", []],
  ["!!ls", "#   ", []],
  ["torch.nn.LSTM?", "#             ", []],
  ["torch.nn.LSTM??", "#              ", []],
  ["?torch", "#     ", []],
  ["pip install torch", "#                ", []],
  ["cd ../data", "#         ", []],
  // Captured output is a name whose value is unknown (the lowering is told where it is).
  ["x = !ls", "x = _  ", [4]],
  ["files = %sx ls *.py", "files = _          ", [8]],
  ["a, b = !echo 1 2", "a, b = _        ", [7]],
  ["import os\nif True:\n    out = !ls", "import os\nif True:\n    out = _  ", [29]],
  // Inside a block, a masked line must keep the block a block: `pass`, or `0` where `pass` does not fit.
  ["if a:\n    %time f()", "if a:\n    pass     ", []],
  ["for i in r:\n    !ls", "for i in r:\n    0  ", []],
  ["for i in r:\n    !ls\n    y = i", "for i in r:\n    0  \n    y = i", []],
  ["def f():\n    !pip install torch\n", "def f():\n    pass              \n", []],
  // Only where a statement starts: not in strings, brackets or continued lines.
  ['s = """\n!ls\n%time\n"""', 's = """\n!ls\n%time\n"""', []],
  ["s = '''a\n?b\n'''\n!ls", "s = '''a\n?b\n'''\n#  ", []],
  ['msg = ("value %d"\n       % x)', 'msg = ("value %d"\n       % x)', []],
  ["y = (a\n% b)", "y = (a\n% b)", []],
  ["y = a \\\n    % b", "y = a \\\n    % b", []],
  ["x = [\n    cd\n]", "x = [\n    cd\n]", []],
  ["d = {'k': 1,\n!x: 2}", "d = {'k': 1,\n!x: 2}", []],
  ["x = 1  # %time is a comment here\n!ls", "x = 1  # %time is a comment here\n#  ", []],
  ["s = 'a(b'\n!ls", "s = 'a(b'\n#  ", []],
  ["s = \"it's\"\n!ls", "s = \"it's\"\n#  ", []],
  ['s = f"{d[\'k\']}("\n!ls', 's = f"{d[\'k\']}("\n#  ', []],
  ["x = (1 # (\n)\n!ls", "x = (1 # (\n)\n#  ", []],
  // Python that only looks like IPython stays.
  ["pwd = 3", "pwd = 3", []],
  ["x = y % 2", "x = y % 2", []],
  ["cd = lambda p: p", "cd = lambda p: p", []],
  ["print(x if a else b)", "print(x if a else b)", []],
  // CRLF lines: masked before their `\r`, which stays.
  ["%matplotlib inline\r\nx = !ls\r\nif a:\r\n    !ls\r\n", "#                 \r\nx = _  \r\nif a:\r\n    0  \r\n", [24]],
  ['s = """\r\n!ls\r\n"""\r\n!ls', 's = """\r\n!ls\r\n"""\r\n#  ', []],
];

describe("IPython lines are masked at equal length where a statement starts", () => {
  for (const [text, masked, unknownAt] of MASKS) {
    it(JSON.stringify(text), () => {
      const out = maskIPython(text);
      assert.equal(out.text, masked);
      assert.equal(out.text.length, text.length);
      assert.deepEqual(out.unknownAt, unknownAt);
    });
  }
});

/** [cell text, its cell magic, whether it is Python]. */
const MAGICS: readonly (readonly [string, string | null, boolean])[] = [
  ["x = 1\n", null, true],
  ["%%time\nx = 1\n", "time", true],
  ["%%timeit -n 3\nx = 1", "timeit", true],
  ["  %%capture out\nx = 1", "capture", true],
  ["%%python3\nx = 1", "python3", true],
  ["%%bash\nls\n", "bash", false],
  ["%%writefile model.py\nimport torch\n", "writefile", false],
  ["%%HTML\n<b>hi</b>", "HTML", false],
  ["%%sh\r\necho hi\r\n", "sh", false],
  ["%time x = 1\n", null, true],
  ["# %%bash\nx = 1", null, true],
];

describe("cell magics: which cells are Python", () => {
  for (const [text, magic, python] of MAGICS) {
    it(JSON.stringify(text), () => {
      assert.equal(cellMagic(text), magic);
      assert.equal(isPythonCellText(text), python);
    });
  }
});

const code = (text: string, language = "python"): NotebookCell => ({ kind: "code", language, text });
const markup = (text: string): NotebookCell => ({ kind: "markup", language: "markdown", text });

/** [cells, joined text, each cell's [start, length, firstLine, lineCount, analyzed]]. */
const JOINS: readonly (readonly [readonly NotebookCell[], string, readonly (readonly [number, number, number, number, boolean])[]])[] = [
  [[code("a = 1\n"), code("b = 2")], "a = 1\nb = 2\n", [[0, 5, 0, 1, true], [6, 5, 1, 1, true]]],
  [[markup("# T\n"), code("a = 1\nb = 2\n"), markup("text"), code("c = 3\n")], "a = 1\nb = 2\nc = 3\n", [[0, 0, 0, 0, false], [0, 11, 0, 2, true], [12, 0, 2, 0, false], [12, 5, 2, 1, true]]],
  // An empty cell counts no line; a cell of one newline counts one (an empty line).
  [[code(""), code("\n"), code("x")], "\nx\n", [[0, 0, 0, 0, false], [0, 0, 0, 1, true], [1, 1, 1, 1, true]]],
  // A cell's trailing blank lines count (one newline is dropped, not all).
  [[code("a\n\n"), code("b")], "a\n\nb\n", [[0, 2, 0, 2, true], [3, 1, 2, 1, true]]],
  // CRLF cells: one `\r\n` dropped at the end, lines counted as the line map counts them.
  [[code("a = 1\r\nb = 2\r\n"), code("c\r\n")], "a = 1\r\nb = 2\nc\n", [[0, 12, 0, 2, true], [13, 1, 2, 1, true]]],
  // Other languages and non-Python cell magics are in the text (lines count) but not analyzed.
  [[code("x <- 1\n", "r"), code("%%bash\nls\n"), code("%%time\ny = 2\n")], "x <- 1\n%%bash\nls\n%%time\ny = 2\n", [[0, 6, 0, 1, false], [7, 9, 1, 2, false], [17, 12, 3, 2, true]]],
];

describe("cells joined into one text", () => {
  for (const [i, [cells, text, places]] of JOINS.entries()) {
    it(`case ${i + 1}: ${JSON.stringify(text)}`, () => {
      const layout = joinCells(cells);
      assert.equal(layout.text, text);
      assert.deepEqual(
        layout.cells.map((c) => [c.start, c.length, c.firstLine, c.lineCount, c.analyzed]),
        places,
      );
      assert.deepEqual(layout.cells.map((c) => c.index), cells.map((_, k) => k));
    });
  }
});

describe("offsets of the joined text back to cells", () => {
  const layout = joinCells([markup("# T"), code("ab\ncd\n"), code(""), markup("m"), code("ef")]);
  // Joined: "ab\ncd\nef\n"; cell 1 at 0..5, cell 4 at 6..8.
  const CASES: readonly (readonly [number, number | null, number | null])[] = [
    [0, 1, 0],
    [3, 1, 3],
    [5, 1, 5],
    [6, 4, 0],
    [8, 4, 2],
  ];
  for (const [offset, index, inCell] of CASES) {
    it(`offset ${offset}`, () => {
      const at = cellAt(layout, offset);
      assert.deepEqual(at ? [at.cell.index, at.offset] : [null, null], [index, inCell]);
      if (at) assert.equal(offsetInNotebook(at.cell, at.offset), offset);
    });
  }
  it("an offset in a cell is clamped to the cell", () => {
    const cell = layout.cells[1];
    assert.ok(cell);
    assert.equal(offsetInNotebook(cell, 99), 5);
    assert.equal(offsetInNotebook(cell, -3), 0);
  });
});

/** [file text, cells as [kind, language, text], or the start of the reason it is not read]. */
const IPYNBS: readonly (readonly [string, readonly (readonly [string, string, string])[] | string])[] = [
  [JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "markdown", metadata: {}, source: ["# Title\n", "text"] }, { cell_type: "code", metadata: {}, source: ["x = 1\n", "y = 2"], outputs: [], execution_count: null }] }), [["markup", "markdown", "# Title\ntext"], ["code", "python", "x = 1\ny = 2"]]],
  [JSON.stringify({ nbformat: 4, metadata: { kernelspec: { language: "R" } }, cells: [{ cell_type: "code", source: "x <- 1" }, { cell_type: "raw", source: "raw" }] }), [["code", "R", "x <- 1"], ["markup", "markdown", "raw"]]],
  [JSON.stringify({ nbformat: 4, metadata: { language_info: { name: "python" } }, cells: [{ cell_type: "code", metadata: { vscode: { languageId: "sql" } }, source: "select 1" }] }), [["code", "sql", "select 1"]]],
  [JSON.stringify({ nbformat: 4, cells: [] }), []],
  ["{ not json", "not a notebook: the file is not JSON"],
  ["[]", "not a notebook: the JSON is not an object"],
  [JSON.stringify({ nbformat: 3, worksheets: [] }), "not an nbformat 4 notebook"],
  [JSON.stringify({ nbformat: 4 }), "not a notebook: it has no list of cells"],
  [JSON.stringify({ nbformat: 4, cells: [{ cell_type: "code" }] }), "malformed notebook: cell 0 has no source"],
  [JSON.stringify({ nbformat: 4, cells: [1] }), "malformed notebook: cell 0 is not an object"],
];

describe("reading .ipynb files", () => {
  for (const [i, [json, expected]] of IPYNBS.entries()) {
    it(`case ${i + 1}`, () => {
      const read = readIpynb(json);
      if (typeof expected === "string") {
        assert.ok("error" in read, "the file is refused");
        assert.ok(read.error.startsWith(expected), read.error);
      } else {
        assert.ok("cells" in read, "the file is read");
        assert.deepEqual(read.cells.map((c) => [c.kind, c.language, c.text]), expected);
      }
    });
  }
});
