import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, assertFound, codeOf, fileUri, hoverText, rangeOf, replace, rnnlensDiagnostics, runCell, runCellTab, sameRange, summary, waitFor, waitForDiagnostics, waitForNoDiagnostics } from "../helpers";

/**
 * Jupyter notebooks in the notebook editor (code-server's built-in ipynb support opens them there;
 * no Jupyter extension, kernel or Python is installed). The two notebooks have the same layout:
 *   0 markdown, 1 `%matplotlib inline` / `!pip list` / imports, 2 the GRU (num_layers=2) and its
 *   input, 3 markdown, 4 `%%time`, h0 and the forward call. The wrong one's h0 has 1 layer.
 */
const WRONG = "src/gru_wrong_h0.ipynb";
const CORRECT = "src/gru_correct.ipynb";
const SETUP_CELL = 1;
const MODEL_CELL = 2;
const FORWARD_CELL = 4;
const MESSAGE = "Expected hidden size (2, 3, 20), got [1, 3, 20]";

async function openNotebook(relative: string): Promise<vscode.NotebookDocument> {
  const nb = await vscode.workspace.openNotebookDocument(fileUri(relative));
  await vscode.window.showNotebookDocument(nb, { preview: false });
  assert.equal(nb.notebookType, "jupyter-notebook", "the editor opens .ipynb files as Jupyter notebooks");
  return nb;
}

function cell(nb: vscode.NotebookDocument, index: number): vscode.TextDocument {
  return nb.cellAt(index).document;
}

/** Every cell's rnnlens diagnostics, by cell index (cells without any left out). */
function diagnosticsByCell(nb: vscode.NotebookDocument): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const c of nb.getCells()) {
    const ds = rnnlensDiagnostics(c.document.uri);
    if (ds.length > 0) out[c.index] = ds.map(summary);
  }
  return out;
}

/** Waits for RNN Lens's hover at the start of the «marked» part of `context` in a cell to match `expect`. */
async function hoverMatching(doc: vscode.TextDocument, context: string, expect: RegExp): Promise<string> {
  const position = rangeOf(doc, context).start;
  return waitFor(`a hover matching ${expect} at ${JSON.stringify(context)} in ${doc.uri.toString()}`, async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, position));
    return expect.test(text) ? text : undefined;
  });
}

/** Throws away the notebook's unsaved edits (the suites never save). */
async function revertNotebook(relative: string): Promise<void> {
  const nb = vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === fileUri(relative).toString());
  if (!nb?.isDirty) return;
  await vscode.window.showNotebookDocument(nb, { preview: false });
  await vscode.commands.executeCommand("workbench.action.files.revert");
  await waitFor(`${relative} reverted`, () => (nb.isDirty ? undefined : true));
}

suite("Jupyter notebooks", () => {
  suiteSetup(activate);
  suiteTeardown(() => revertNotebook(WRONG));

  test("a wrong h0 in a later cell: PyTorch's message on that cell, at the cell's own line and column", async () => {
    const nb = await openNotebook(WRONG);
    const forward = cell(nb, FORWARD_CELL);
    assert.equal(forward.uri.scheme, "vscode-notebook-cell", "cells have their own URIs");
    assert.equal(forward.languageId, "python");
    const [d, ...rest] = await waitForDiagnostics(forward.uri);
    assert.ok(d);
    assert.equal(rest.length, 0, "exactly one diagnostic in the cell");
    assert.equal(codeOf(d), "hidden-size-mismatch");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.startsWith(MESSAGE), `PyTorch's message first: ${d.message}`);
    // Line 2 of the cell (under `%%time` and the h0 line), not a line of the joined notebook.
    sameRange(d.range, rangeOf(forward, "gru(inputs, «h0»)"), "the h0 argument of the call");
    assert.equal(d.range.start.line, 2);
  });

  test("nothing on the magic lines, the other cells or the notebook file", async () => {
    const nb = await openNotebook(WRONG);
    await waitForDiagnostics(cell(nb, FORWARD_CELL).uri);
    assert.match(cell(nb, SETUP_CELL).getText(), /^%matplotlib inline\n!pip list/, "the setup cell starts with IPython lines");
    const byCell = diagnosticsByCell(nb);
    assert.deepEqual(Object.keys(byCell), [String(FORWARD_CELL)], `only the forward cell has diagnostics: ${JSON.stringify(byCell)}`);
    assert.equal(byCell[FORWARD_CELL]?.length, 1);
    assert.deepEqual(rnnlensDiagnostics(nb.uri), [], "the .ipynb file itself gets nothing (its cells do)");
  });

  test("hovers in a cell show shapes from earlier cells", async () => {
    const nb = await openNotebook(WRONG);
    const text = await hoverMatching(cell(nb, FORWARD_CELL), "output, hn = gru(«inputs», h0)", /inputs: Tensor\[(seq=)?5, (batch=)?3, 10\]/);
    assert.ok(!/\(variable\)/.test(text), `only shapes: ${text}`);
    await hoverMatching(cell(nb, FORWARD_CELL), "«h0» = torch", /h0: Tensor\[1, (batch=)?3, 20\]/);
  });

  test("edits in a cell, and in the cell the layer is built in, move the diagnostics", async () => {
    const nb = await openNotebook(WRONG);
    const forward = cell(nb, FORWARD_CELL);
    const model = cell(nb, MODEL_CELL);
    await waitForDiagnostics(forward.uri);
    // Fix h0 in its own cell: the diagnostic goes.
    await replace(forward.uri, rangeOf(forward, "torch.zeros(«1», 3, 20)"), "2");
    await waitForNoDiagnostics(forward.uri, "no diagnostics once h0 has 2 layers");
    // Now make the GRU one layer deep, two cells up: the (same) h0 is wrong again.
    await replace(model.uri, rangeOf(model, "num_layers=«2»"), "1");
    const [d] = await waitForDiagnostics(forward.uri, "a diagnostic once the GRU has 1 layer", (ds) => ds.some((x) => x.message.startsWith("Expected hidden size (1, 3, 20), got [2, 3, 20]")));
    assert.ok(d);
    sameRange(d.range, rangeOf(forward, "gru(inputs, «h0»)"), "still on the h0 argument");
    assert.deepEqual(rnnlensDiagnostics(model.uri), [], "nothing on the layer's own cell");
    // Back as it was: the first diagnostic returns.
    await replace(model.uri, rangeOf(model, "num_layers=«1»"), "2");
    await replace(forward.uri, rangeOf(forward, "torch.zeros(«2», 3, 20)"), "1");
    await waitForDiagnostics(forward.uri, "the original diagnostic", (ds) => ds.length === 1 && ds[0]?.message.startsWith(MESSAGE) === true);
  });

  test("Run Cell with the cursor on the GRU in its cell runs it and opens the Run Cell panel", async () => {
    const nb = await openNotebook(WRONG);
    const model = cell(nb, MODEL_CELL);
    // Showing a cell's document focuses that cell's editor in the notebook.
    const editor = await vscode.window.showTextDocument(model);
    assert.equal(editor.document.uri.toString(), model.uri.toString());
    const p = rangeOf(model, "nn.«GRU»(10, 20").start;
    editor.selection = new vscode.Selection(p, p);
    const run = assertFound(await runCell());
    assert.equal(run.ok, true);
    assert.equal(run.module.kind, "GRU");
    assert.equal(run.module.config, "GRU(10, 20, num_layers=2)");
    assert.deepEqual(run.results.find((t) => t.name === "output")?.shape, [5, 3, 20]);
    const tab = await waitFor("the Run Cell webview panel", () => runCellTab());
    assert.match(tab.label, /Run Cell/);
  });

  test("the corrected notebook shows nothing, once analyzed", async () => {
    const nb = await openNotebook(CORRECT);
    // Analyzed: its tensors have hovers, also in the last cell. Then no diagnostics anywhere.
    await hoverMatching(cell(nb, FORWARD_CELL), "«h0» = torch", /h0: Tensor\[2, (batch=)?3, 20\]/);
    assert.deepEqual(diagnosticsByCell(nb), {});
  });
});
