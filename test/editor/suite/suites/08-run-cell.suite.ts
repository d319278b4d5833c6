import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, assertFound, fileUri, open, rangeOf, revert, runCell, runCellTab, setSetting, waitFor, waitForDiagnostics } from "../helpers";

async function cursorAt(relative: string, context: string): Promise<vscode.TextEditor> {
  const editor = await open(relative);
  const p = rangeOf(editor.document, context).start;
  editor.selection = new vscode.Selection(p, p);
  return editor;
}

suite("Run Cell on Sample Input", () => {
  suiteSetup(async () => {
    await activate();
    // The language server is up once the file's diagnostics are in.
    await waitForDiagnostics((await open("src/tutorial-mistakes.ts")).document.uri);
  });
  suiteTeardown(() => revert(fileUri("src/tutorial-mistakes.ts")));

  test("with the cursor on an LSTM: runs it on sample input and shows the Run Cell panel", async () => {
    await cursorAt("src/tutorial-mistakes.ts", "new nn.«LSTM»(10, 20, 2)");
    const run = assertFound(await runCell());
    assert.equal(run.ok, true);
    assert.equal(run.error, null);
    assert.equal(run.module.kind, "LSTM");
    assert.equal(run.module.config, "LSTM(10, 20, num_layers=2)");
    assert.equal(run.module.parameterCount, 5920);
    assert.deepEqual(run.dims, { seq: 5, batch: 3 });
    assert.deepEqual(run.inputs.find((t) => t.name === "input")?.shape, [5, 3, 10]);
    const output = run.results.find((t) => t.name === "output");
    assert.ok(output, `results: ${run.results.map((t) => t.name).join(", ")}`);
    assert.deepEqual(output.shape, [5, 3, 20]);
    assert.equal(output.values.length, 5 * 3 * 20);
    assert.ok(output.values.every((v) => Number.isFinite(v)));
    assert.deepEqual(run.results.find((t) => t.name === "h_n")?.shape, [2, 3, 20]);
    assert.equal(run.shapesMatchInferred, true);
    const tab = await waitFor("the Run Cell webview panel", () => runCellTab());
    assert.match(tab.label, /Run Cell/);
  });

  test("with the cursor on the faulty forward call: PyTorch's error for those shapes", async () => {
    await cursorAt("src/tutorial-mistakes.ts", "rnn.«forward»(input, [h0, c0])");
    const run = assertFound(await runCell());
    assert.equal(run.ok, false);
    assert.equal(run.error?.pytorchType, "RuntimeError");
    assert.equal(run.error?.message, "Expected hidden[0] size (2, 3, 20), got [1, 3, 20]");
    assert.deepEqual(run.inputs.map((t) => [t.name, t.shape]), [["input", [5, 3, 10]], ["h0", [1, 3, 20]], ["c0", [2, 3, 20]]]);
  });

  test("rnnlens.sampleDims sets the sizes of symbolic dims", async () => {
    const restore = await setSetting("sampleDims", { seq: 7, batch: 2 });
    try {
      await cursorAt("src/tutorial-mistakes.ts", "new nn.«LSTM»(10, 20, 2)");
      const run = assertFound(await runCell());
      assert.deepEqual(run.dims, { seq: 7, batch: 2 });
      assert.deepEqual(run.results.find((t) => t.name === "output")?.shape, [7, 2, 20]);
    } finally {
      await restore();
    }
  });

  test("somewhere without a layer: says so, runs nothing", async () => {
    await cursorAt("src/tutorial-mistakes.ts", "«//» The PyTorch tutorial");
    const run = await runCell();
    assert.equal(run.found, false);
  });
});
