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
