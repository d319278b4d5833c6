import * as assert from "node:assert/strict";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { activate, fileUri, open, revert, waitFor } from "../helpers";

/** The cursor just after the first `needle` in the editor's document. */
function cursorAfter(editor: vscode.TextEditor, needle: string): vscode.Position {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} in ${editor.document.uri.path}`);
  const p = editor.document.positionAt(offset + needle.length);
  editor.selection = new vscode.Selection(p, p);
  return p;
}

suite("refactors", () => {
  suiteSetup(activate);
  suiteTeardown(() => revert(fileUri("src/clean.ts")));

  test("Set batchFirst: true is listed as a refactor, resolved to its edit, and applies", async () => {
    const editor = await open("src/clean.ts");
    const doc = editor.document;
    const at = cursorAfter(editor, "new nn.LS");
    let seen: unknown = null;
    // The last argument resolves that many actions: what the lightbulb does when one is picked.
    const action = await waitFor(
      "the batchFirst refactor with its edit",
      async () => {
        const all = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.RefactorRewrite.value, 10);
        seen = all.map((a) => ({ title: a.title, kind: a.kind?.value, hasEdit: a.edit !== undefined }));
        return all.find((a) => a.title === "Set batchFirst: true" && a.edit !== undefined);
      },
      undefined,
      () => seen,
    );
    assert.ok(action.kind && vscode.CodeActionKind.RefactorRewrite.contains(action.kind), "kind refactor.rewrite");
    assert.ok(action.edit);
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
    assert.ok(doc.getText().includes("new nn.LSTM(8, 16, { numLayers: 2, bidirectional: true, batchFirst: true });"), doc.getText());
  });

  test("the code action command applies the only refactor at a cell constructor in an untitled document", async () => {
    const doc = await vscode.workspace.openTextDocument({ language: "typescript", content: 'import { nn, torch } from "rnnlens";\n\nconst cell = new nn.GRUCell(10, 20);\nconsole.log(cell.forward(torch.randn(3, 10)).shape);\n' });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    try {
      const at = cursorAfter(editor, "new nn.GRU");
      // The server answers once it has the document: ask until the refactor is offered.
      await waitFor("the options refactor to be offered", async () => {
        const all = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.RefactorRewrite.value);
        return all.some((a) => a.title === "Convert arguments to an options object") ? true : undefined;
      });
      await vscode.commands.executeCommand("editor.action.codeAction", { kind: vscode.CodeActionKind.RefactorRewrite.value, apply: "ifSingle" });
      await waitFor("the refactor applied", () => (doc.getText().includes("new nn.GRUCell({ inputSize: 10, hiddenSize: 20 });") ? true : undefined), undefined, () => doc.getText());
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });
});
