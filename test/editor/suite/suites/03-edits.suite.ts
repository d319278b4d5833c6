import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, codeOf, fileUri, inlayLabel, open, rangeOf, replace, revert, rnnlensDiagnostics, waitFor, waitForDiagnostics, waitForNoDiagnostics } from "../helpers";

suite("edits", () => {
  suiteSetup(activate);
  suiteTeardown(async () => {
    await revert(fileUri("src/tutorial-mistakes.ts"));
    await revert(fileUri("src/clean.ts"));
  });

  test("an edit that fixes the mistake clears the diagnostic; one that breaks it again brings it back", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    await waitForDiagnostics(doc.uri);
    await replace(doc.uri, rangeOf(doc, "const h0 = torch.randn(«1», 3, 20)"), "2");
    await waitForNoDiagnostics(doc.uri, "the diagnostic to clear after fixing h0");
    await replace(doc.uri, rangeOf(doc, "const h0 = torch.randn(«2», 3, 20)"), "1");
    const [d] = await waitForDiagnostics(doc.uri, "the diagnostic to come back after breaking h0 again");
    assert.ok(d);
    assert.equal(codeOf(d), "hidden-size-mismatch");
  });

  test("a correct file has no diagnostic; breaking it brings one, undoing clears it", async () => {
    const { document: doc } = await open("src/clean.ts");
    // The server has analyzed the file once its inlay hints arrive; the file is correct as written.
    await waitFor("inlay hints on clean.ts", async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>("vscode.executeInlayHintProvider", doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      return hints.some((h) => inlayLabel(h).includes("[")) ? true : undefined;
    });
    assert.deepEqual(rnnlensDiagnostics(doc.uri), []);
    await replace(doc.uri, rangeOf(doc, "torch.randn(7, 2, «8»)"), "9");
    const [d] = await waitForDiagnostics(doc.uri, "a diagnostic for the 9-feature input");
    assert.ok(d);
    assert.equal(codeOf(d), "input-size-mismatch");
    assert.ok(d.message.startsWith("input.size(-1) must be equal to input_size. Expected 8, got 9"), d.message);
    await replace(doc.uri, rangeOf(doc, "torch.randn(7, 2, «9»)"), "8");
    await waitForNoDiagnostics(doc.uri);
  });
});
