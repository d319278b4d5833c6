import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, codeOf, fileUri, open, revert, waitFor, waitForDiagnostics, waitForNoDiagnostics } from "../helpers";

suite("quick fix", () => {
  suiteSetup(activate);
  suiteTeardown(() => revert(fileUri("src/tutorial-mistakes.ts")));

  test("applying the quick fix for hidden-size-mismatch removes the diagnostic", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    const [d] = await waitForDiagnostics(doc.uri);
    assert.ok(d);
    let seen: unknown = null;
    const actions = await waitFor(
      "a quick fix for the diagnostic",
      async () => {
        const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        seen = all.map((a) => ({ title: a.title, kind: "kind" in a ? a.kind?.value : undefined, hasEdit: "edit" in a && a.edit !== undefined, diagnostics: "diagnostics" in a ? a.diagnostics?.map((x) => x.source) : undefined }));
        const fixes = all.filter((a): a is vscode.CodeAction => "edit" in a && a.edit !== undefined);
        return fixes.length > 0 ? fixes : undefined;
      },
      undefined,
      () => seen,
    );
    const fix = actions.find((a) => a.title === "Change the size to (2, 3, 20)");
    assert.ok(fix, `quick fixes offered: ${actions.map((a) => a.title).join(" | ")}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), "kind quickfix");
    assert.equal(fix.isPreferred, true);
    assert.equal(codeOf(fix.diagnostics?.[0] ?? d), "hidden-size-mismatch");
    assert.ok(fix.edit);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(doc.getText().includes("const h0 = torch.randn(2, 3, 20);"), "the fix rewrote h0's first size");
    await waitForNoDiagnostics(doc.uri, "the diagnostic to clear after the quick fix");
  });
});
