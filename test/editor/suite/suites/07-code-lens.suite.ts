import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { activate, assertFound, open, rangeOf, runCell, waitFor } from "../helpers";

suite("code lens", () => {
  suiteSetup(activate);

  test("\"Run on sample input\" above each recurrent constructor, and running it", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    const lenses = await waitFor("code lenses", async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", doc.uri);
      const ours = all.filter((l) => l.command?.command === "rnnlens.runCellOnSampleInput");
      return ours.length > 0 ? ours : undefined;
    });
    assert.equal(lenses.length, 1, "one recurrent constructor in the file");
    const lens = lenses[0];
    assert.ok(lens?.command);
    assert.match(lens.command.title, /Run on sample input/);
    assert.equal(lens.range.start.line, rangeOf(doc, "new nn.LSTM(10, 20, 2)").start.line);
    const run = assertFound(await runCell(...(lens.command.arguments ?? [])));
    assert.equal(run.module.kind, "LSTM");
    assert.deepEqual(run.results.find((t) => t.name === "output")?.shape, [5, 3, 20]);
  });
});
