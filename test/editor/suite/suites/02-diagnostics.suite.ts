import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { activate, codeOf, fileUri, open, rangeOf, sameRange, waitForDiagnostics } from "../helpers";

function relatedOf(d: vscode.Diagnostic): vscode.DiagnosticRelatedInformation {
  assert.ok(d.relatedInformation && d.relatedInformation.length > 0, `no related information on ${d.message}`);
  const r = d.relatedInformation[0];
  assert.ok(r);
  return r;
}

suite("diagnostics", () => {
  suiteSetup(activate);

  test("h0 without the layer dimension: hidden-size-mismatch on h0, related to num_layers", async () => {
    const editor = await open("src/tutorial-mistakes.ts");
    const doc = editor.document;
    const [d, ...rest] = await waitForDiagnostics(doc.uri);
    assert.ok(d);
    assert.equal(rest.length, 0, "exactly one diagnostic");
    assert.equal(d.source, "rnnlens");
    assert.equal(codeOf(d), "hidden-size-mismatch");
    assert.ok(typeof d.code === "object" && d.code.target.toString().endsWith("#hidden-size-mismatch"), "the code links to its documentation");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.startsWith("Expected hidden[0] size (2, 3, 20), got [1, 3, 20]"), `PyTorch's message first: ${d.message}`);
    sameRange(d.range, rangeOf(doc, "[«h0», c0]"), "the h0 argument of the forward call");
    const r = relatedOf(d);
    assert.equal(r.location.uri.toString(), doc.uri.toString());
    sameRange(r.location.range, rangeOf(doc, "nn.LSTM(10, 20, «2»)"), "num_layers (2) in the constructor");
    assert.match(r.message, /num_layers/);
  });

  test("embeddings of the wrong width: input-size-mismatch on the input, related to input_size", async () => {
    const editor = await open("src/encoder.ts");
    const doc = editor.document;
    const [d, ...rest] = await waitForDiagnostics(doc.uri);
    assert.ok(d);
    assert.equal(rest.length, 0, "exactly one diagnostic");
    assert.equal(codeOf(d), "input-size-mismatch");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.startsWith("input.size(-1) must be equal to input_size. Expected 64, got 48"), `PyTorch's message first: ${d.message}`);
    sameRange(d.range, rangeOf(doc, "gru.forward(«embedded»)"), "the input argument");
    const r = relatedOf(d);
    assert.equal(r.location.uri.toString(), doc.uri.toString());
    sameRange(r.location.range, rangeOf(doc, "new nn.GRU(«64»"), "input_size in the constructor");
    assert.match(r.message, /input_size/);
  });

  test("the diagnostics reach the Problems view's source (languages.getDiagnostics over all files)", async () => {
    const all = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === "rnnlens"));
    const files = all.map(([uri]) => uri.toString());
    assert.ok(files.includes(fileUri("src/tutorial-mistakes.ts").toString()), `files with rnnlens diagnostics: ${files.join(", ")}`);
    assert.ok(files.includes(fileUri("src/encoder.ts").toString()), `files with rnnlens diagnostics: ${files.join(", ")}`);
  });
});
