// A notebook in the Workspace, where it differs from a file: its cells come from an editor
// (setNotebook) or from the .ipynb JSON on disk, and whichever is newer is analyzed; its imports
// resolve like a Python file's; the layout follows the cells even when the joined text does not
// change; suppression comments are Python's and stay inside their cell.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import type { NotebookCell } from "../../server/analysis/notebook/cells";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";

const code = (text: string, language = "python"): NotebookCell => ({ kind: "code", language, text });
const markdown = (text: string): NotebookCell => ({ kind: "markup", language: "markdown", text });

/** nbformat 4 JSON for cells (sources as lists of lines, as Jupyter saves them). */
function ipynb(cells: readonly NotebookCell[]): string {
  const lines = (t: string) => t.split(/(?<=\n)/).filter((l) => l !== "");
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "python3", language: "python", display_name: "Python 3" } },
    cells: cells.map((c) => (c.kind === "code" ? { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: lines(c.text) } : { cell_type: "markdown", metadata: {}, source: lines(c.text) })),
  });
}

/** Each finding as `line:column code` in the joined text (1-based, as the CLI prints them). */
function where(a: FileAnalysis): string[] {
  return a.findings.map((f) => {
    const p = a.lines.position(f.span.start);
    return `${p.line + 1}:${p.character + 1} ${f.code}`;
  });
}

const LSTM_CELL = "import torch\nimport torch.nn as nn\nlstm = nn.LSTM(10, 20)\n";
const BAD_CALL = "out, _ = lstm(torch.randn(5, 3, 12))\n";

let dir = "";
before(async () => {
  await loadPythonParser();
  dir = mkdtempSync(join(tmpdir(), "rnnlens-nb-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("a notebook's imports", () => {
  it("`import mymodule` and `from mymodule import X` read the sibling mymodule.py", () => {
    writeFileSync(join(dir, "mymodule.py"), "import torch.nn as nn\n\nclass Encoder(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.rnn = nn.GRU(8, 16, batch_first=True)\n\n    def forward(self, x):\n        return self.rnn(x)\n");
    const file = join(dir, "imports.ipynb");
    const ws = new Workspace();
    ws.setNotebook(file, [code("import torch\nimport mymodule\nfrom mymodule import Encoder\n"), markdown("# Run\n"), code("a = mymodule.Encoder()(torch.randn(2, 5, 8))\nb = Encoder()(torch.randn(2, 5, 9))\n")]);
    assert.deepEqual(where(ws.analyze(file)), ["5:5 input-size-mismatch"]);
    // Editing the module re-checks the notebook that imports it.
    ws.setText(join(dir, "mymodule.py"), "import torch.nn as nn\n\nclass Encoder(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.rnn = nn.GRU(9, 16, batch_first=True)\n\n    def forward(self, x):\n        return self.rnn(x)\n");
    assert.deepEqual(ws.dependents(join(dir, "mymodule.py")), [file]);
    assert.deepEqual(where(ws.analyze(file)), ["4:5 input-size-mismatch"]);
  });
});

describe("IPython lines in a notebook", () => {
  it("captured output is unknown even where `_` holds a tensor", () => {
    const ws = new Workspace();
    const file = join(dir, "captured.ipynb");
    ws.setNotebook(file, [code(LSTM_CELL), code("_ = torch.randn(5, 3, 12)\nfiles = !ls\n"), code("out, _ = lstm(files)\n")]);
    assert.deepEqual(where(ws.analyze(file)), []);
    ws.setNotebook(file, [code(LSTM_CELL), code("_ = torch.randn(5, 3, 12)\nfiles = _\n"), code("out, _ = lstm(files)\n")]);
    assert.deepEqual(where(ws.analyze(file)), ["6:15 input-size-mismatch"]);
  });

  it("CRLF cells, indented magics and `%` continuation lines keep later findings in place", () => {
    const ws = new Workspace();
    const file = join(dir, "crlf.ipynb");
    const cells = [
      code("%matplotlib inline\r\nimport torch\r\nimport torch.nn as nn\r\nfiles = !ls\r\n"),
      code("lstm = nn.LSTM(10, 20)\r\nfor i in range(2):\r\n    %time y = 1\r\nmsg = ('%d layers'\r\n       % lstm.num_layers)\r\n"),
      code(BAD_CALL.replace("\n", "\r\n")),
    ];
    ws.setNotebook(file, cells);
    assert.deepEqual(where(ws.analyze(file)), ["10:15 input-size-mismatch"]);
  });
});

describe("setNotebook with the same joined text", () => {
  const cells = [code(LSTM_CELL), code(BAD_CALL)];

  it("a markdown cell added or cells' indexes changed: the layout and version follow, the results stay", () => {
    const ws = new Workspace();
    const file = join(dir, "layout.ipynb");
    ws.setNotebook(file, cells, 1);
    const first = ws.analyze(file);
    assert.deepEqual(where(first), ["4:15 input-size-mismatch"]);
    ws.setNotebook(file, [markdown("# Title\n"), ...cells, markdown("end")], 2);
    const second = ws.analyze(file);
    assert.equal(second.version, 2);
    assert.deepEqual(second.notebook?.cells.map((c) => [c.index, c.firstLine, c.analyzed]), [[0, 0, false], [1, 0, true], [2, 3, true], [3, 4, false]]);
    assert.deepEqual(where(second), ["4:15 input-size-mismatch"]);
    ws.setNotebook(file, [markdown("# Title\n"), ...cells, markdown("end")], 3);
    assert.equal(ws.analyze(file).version, 3);
  });

  it("a cell's language changed: its code is no longer analyzed", () => {
    const ws = new Workspace();
    const file = join(dir, "language.ipynb");
    ws.setNotebook(file, cells);
    assert.deepEqual(where(ws.analyze(file)), ["4:15 input-size-mismatch"]);
    ws.setNotebook(file, [cells[0] as NotebookCell, code(BAD_CALL, "r")]);
    assert.deepEqual(where(ws.analyze(file)), []);
    ws.setNotebook(file, cells);
    assert.deepEqual(where(ws.analyze(file)), ["4:15 input-size-mismatch"]);
  });

  it("cells merged and split: each cell is parsed on its own", () => {
    const ws = new Workspace();
    const file = join(dir, "split.ipynb");
    const split = [code(LSTM_CELL + "out, _ = lstm(torch.randn(5, 3,\n"), code("12))\n")];
    const merged = [code(LSTM_CELL + "out, _ = lstm(torch.randn(5, 3,\n12))\n")];
    ws.setNotebook(file, split);
    assert.deepEqual(where(ws.analyze(file)), []);
    ws.setNotebook(file, merged);
    assert.deepEqual(where(ws.analyze(file)), ["4:15 input-size-mismatch"]);
    ws.setNotebook(file, split);
    assert.deepEqual(where(ws.analyze(file)), []);
  });
});

describe("a notebook from the disk and from the editor", () => {
  it("malformed on disk, then opened in the editor: the editor's cells are analyzed, and back", () => {
    const file = join(dir, "malformed.ipynb");
    writeFileSync(file, '{"nbformat": 4, "cells": [');
    for (const editorCells of [[code(LSTM_CELL), code(BAD_CALL)], [markdown("# Only text\n")], []]) {
      const ws = new Workspace();
      assert.match(ws.analyze(file).skipped ?? "", /not JSON/);
      ws.setNotebook(file, editorCells);
      const a = ws.analyze(file);
      assert.equal(a.skipped, null);
      assert.equal(a.notebook?.cells.length, editorCells.length);
      assert.deepEqual(where(a), editorCells.length === 2 ? ["4:15 input-size-mismatch"] : []);
      ws.close(file);
      assert.match(ws.analyze(file).skipped ?? "", /not JSON/);
    }
  });

  it("good on disk, then the editor's text is malformed JSON: the reason, then the editor's cells again", () => {
    const file = join(dir, "good.ipynb");
    writeFileSync(file, ipynb([code(LSTM_CELL), code(BAD_CALL)]));
    const ws = new Workspace();
    assert.deepEqual(where(ws.analyze(file)), ["4:15 input-size-mismatch"]);
    ws.setText(file, '{"nbformat": 4, "cells": [', 5);
    const broken = ws.analyze(file);
    assert.match(broken.skipped ?? "", /not JSON/);
    assert.equal(broken.version, 5);
    ws.setText(file, ipynb([markdown("# Fixed\n"), code(LSTM_CELL), code("out, _ = lstm(torch.randn(5, 3, 10))\n")]), 6);
    const fixed = ws.analyze(file);
    assert.equal(fixed.skipped, null);
    assert.deepEqual(where(fixed), []);
    assert.equal(fixed.notebook?.cells.length, 3);
  });

  it("setText with the notebook's JSON reads its cells, not the previous layout", () => {
    const file = join(dir, "json-text.ipynb");
    const ws = new Workspace();
    ws.setNotebook(file, [code(LSTM_CELL), code(BAD_CALL)]);
    assert.deepEqual(where(ws.analyze(file)), ["4:15 input-size-mismatch"]);
    const json = ipynb([code("# setup\n" + LSTM_CELL), markdown("Now a bad call:\n"), code("x = 1\n"), code(BAD_CALL)]);
    ws.setText(file, json);
    const a = ws.analyze(file);
    assert.equal(a.text, "# setup\n" + LSTM_CELL + "x = 1\n" + BAD_CALL);
    assert.deepEqual(a.notebook?.cells.map((c) => c.firstLine), [0, 4, 4, 5]);
    assert.deepEqual(where(a), ["6:15 input-size-mismatch"]);
    // The same JSON again changes nothing; the joined text set as cells is the same notebook.
    ws.setText(file, json);
    assert.deepEqual(where(ws.analyze(file)), ["6:15 input-size-mismatch"]);
  });
});

describe("suppression comments in a notebook", () => {
  const analyze = (cells: NotebookCell[]) => {
    const ws = new Workspace();
    const file = join(dir, "suppress.ipynb");
    ws.setNotebook(file, cells);
    return where(ws.analyze(file));
  };

  it("are Python comments, and ignore-next-line applies inside its cell", () => {
    assert.deepEqual(analyze([code(LSTM_CELL), code("# rnnlens-ignore-next-line input-size-mismatch\n" + BAD_CALL)]), []);
    assert.deepEqual(analyze([code(LSTM_CELL), code("// rnnlens-ignore-next-line\n" + BAD_CALL)]), ["5:15 input-size-mismatch"]);
  });

  it("ignore-next-line on a cell's last line does not reach the next cell", () => {
    assert.deepEqual(analyze([code(LSTM_CELL + "# rnnlens-ignore-next-line\n"), code(BAD_CALL)]), ["5:15 input-size-mismatch"]);
    assert.deepEqual(analyze([code(LSTM_CELL + "# rnnlens-ignore-next-line\n"), markdown("text"), code(BAD_CALL)]), ["5:15 input-size-mismatch"]);
  });

  it("ignore-file counts in a Python cell, not in a %%bash cell", () => {
    assert.deepEqual(analyze([code(LSTM_CELL), code("# rnnlens-ignore-file\n"), code(BAD_CALL)]), []);
    assert.deepEqual(analyze([code(LSTM_CELL), code("%%bash\n# rnnlens-ignore-file\n"), code(BAD_CALL)]), ["6:15 input-size-mismatch"]);
  });
});
