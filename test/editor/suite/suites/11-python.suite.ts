import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { activate, assertFound, codeOf, hoverText, open, rangeOf, rnnlensDiagnostics, runCell, runCellTab, sameRange, waitFor, waitForDiagnostics } from "../helpers";

const WRONG = "src/lstm_wrong_input.py";
const CORRECT = "src/lstm_correct.py";

/** Waits for RNN Lens's hover at the start of the «marked» part of `context` to match `expect`. */
async function hoverMatching(doc: vscode.TextDocument, context: string, expect: RegExp): Promise<string> {
  const position = rangeOf(doc, context).start;
  return waitFor(`a hover matching ${expect} at ${JSON.stringify(context)} in ${doc.uri.path}`, async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, position));
    return expect.test(text) ? text : undefined;
  });
}

async function cursorAt(relative: string, context: string): Promise<vscode.TextEditor> {
  const editor = await open(relative);
  const p = rangeOf(editor.document, context).start;
  editor.selection = new vscode.Selection(p, p);
  return editor;
}

suite("Python files", () => {
  suiteSetup(activate);

  test("a wrong input_size: PyTorch's message on the input argument, source rnnlens", async () => {
    const { document: doc } = await open(WRONG);
    assert.equal(doc.languageId, "python", "the editor knows .py files as Python");
    const [d, ...rest] = await waitForDiagnostics(doc.uri);
    assert.ok(d);
    assert.equal(rest.length, 0, "exactly one diagnostic");
    assert.equal(d.source, "rnnlens");
    assert.equal(codeOf(d), "input-size-mismatch");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.startsWith("input.size(-1) must be equal to input_size. Expected 10, got 12"), `PyTorch's message first: ${d.message}`);
    sameRange(d.range, rangeOf(doc, "lstm(«inputs», (h0, c0))"), "the input argument of the call");
  });

  test("the hover shows the tensor's shape", async () => {
    const { document: doc } = await open(WRONG);
    const text = await hoverMatching(doc, "«inputs» = torch", /inputs: Tensor\[(seq=)?5, (batch=)?3, 12\]/);
    assert.ok(!/\bint\b|\(variable\)/.test(text), `only shapes, never a type of its own: ${text}`);
  });

  test("Run Cell on the layer runs it and opens the Run Cell panel with the output shape", async () => {
    await cursorAt(WRONG, "nn.«LSTM»(10, 20");
    const run = assertFound(await runCell());
    assert.equal(run.ok, true);
    assert.equal(run.module.kind, "LSTM");
    assert.equal(run.module.config, "LSTM(10, 20, num_layers=2)");
    assert.deepEqual(run.results.find((t) => t.name === "output")?.shape, [5, 3, 20]);
    const tab = await waitFor("the Run Cell webview panel", () => runCellTab());
    assert.match(tab.label, /Run Cell/);
  });

  test("the correct twin shows nothing, once analyzed", async () => {
    const { document: doc } = await open(CORRECT);
    // Analyzed: its tensors have hovers. Then no diagnostics.
    await hoverMatching(doc, "«inputs» = torch", /inputs: Tensor\[(seq=)?5, (batch=)?3, 10\]/);
    assert.deepEqual(rnnlensDiagnostics(doc.uri), []);
  });
});
