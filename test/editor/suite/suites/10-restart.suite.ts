import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, codeOf, fileUri, hoverText, open, rangeOf, replace, revert, waitFor, waitForDiagnostics, waitForNoDiagnostics } from "../helpers";

suite("restart", () => {
  suiteSetup(activate);
  suiteTeardown(() => revert(fileUri("src/clean.ts")));

  test("rnnlens.restartServer: diagnostics come back and the new server answers", async () => {
    const tutorial = (await open("src/tutorial-mistakes.ts")).document;
    await waitForDiagnostics(tutorial.uri);
    await vscode.commands.executeCommand("rnnlens.restartServer");
    const [d] = await waitForDiagnostics(tutorial.uri, "the diagnostics after the restart");
    assert.equal(d && codeOf(d), "hidden-size-mismatch");
    await waitFor("a hover from the restarted server", async () => {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", tutorial.uri, rangeOf(tutorial, "const «input»").start));
      return text.includes("Tensor[seq=5, batch=3, 10]") ? true : undefined;
    });
    // And it checks edits made after the restart.
    const clean = (await open("src/clean.ts")).document;
    await replace(clean.uri, rangeOf(clean, "torch.randn(7, 2, «8»)"), "9");
    await waitForDiagnostics(clean.uri, "a diagnostic for an edit made after the restart");
    await replace(clean.uri, rangeOf(clean, "torch.randn(7, 2, «9»)"), "8");
    await waitForNoDiagnostics(clean.uri);
  });
});
