import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { activate, hoverText, open, rangeOf, waitFor } from "../helpers";

async function hoverAt(doc: vscode.TextDocument, context: string, expect: string): Promise<string> {
  const position = rangeOf(doc, context).start;
  return waitFor(`a hover containing ${JSON.stringify(expect)} at ${JSON.stringify(context)}`, async () => {
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", doc.uri, position));
    return text.includes(expect) ? text : undefined;
  });
}

suite("hover", () => {
  suiteSetup(activate);

  test("on a tensor: its shape with dim names", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    await hoverAt(doc, "const «input» =", "Tensor[seq=5, batch=3, 10]");
    await hoverAt(doc, "rnn.forward(«input»", "Tensor[seq=5, batch=3, 10]");
    await hoverAt(doc, "const «h0» =", "Tensor[1, 3, 20]");
  });

  test("on a module: its config, the shapes it expects and its parameters", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    const text = await hoverAt(doc, "const «rnn» =", "LSTM(10, 20, num_layers=2)");
    for (const part of ["Tensor[seq, batch, 10]", "Tensor[2, batch, 20]", "weight_ih_l0 [80, 10]", "weight_hh_l1 [80, 20]", "5920"]) {
      assert.ok(text.includes(part), `the module's hover lacks ${JSON.stringify(part)}:\n${text}`);
    }
  });

  test("on a forward call: what it returns", async () => {
    const { document: doc } = await open("src/clean.ts");
    const text = await hoverAt(doc, "lstm.«forward»(x)", "Returns");
    for (const part of ["Tensor[seq=7, batch=2, 32]", "(seq_len, batch, num_directions * hidden_size)"]) {
      assert.ok(text.includes(part), `the forward call's hover lacks ${JSON.stringify(part)}:\n${text}`);
    }
  });
});
