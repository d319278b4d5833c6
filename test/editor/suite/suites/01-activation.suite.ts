import * as assert from "node:assert/strict";
import { suite, test } from "mocha";
import * as vscode from "vscode";
import { EXTENSION_ID, activate, open, waitFor } from "../helpers";

suite("activation", () => {
  test("the extension activates when a TypeScript file opens", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await open("src/tutorial-mistakes.ts");
    await waitFor("the extension to activate on its own (onLanguage:typescript)", () => (ext.isActive ? true : undefined));
    await activate();
  });

  test("its commands are registered", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ["rnnlens.runCellOnSampleInput", "rnnlens.restartServer", "rnnlens.showOutput"]) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });

  test("its manifest contributes the commands with their titles", () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const manifest: unknown = ext?.packageJSON;
    const commands = typeof manifest === "object" && manifest !== null && "contributes" in manifest && typeof manifest.contributes === "object" && manifest.contributes !== null && "commands" in manifest.contributes ? manifest.contributes.commands : undefined;
    assert.ok(Array.isArray(commands), "package.json contributes no commands");
    const titles = new Map<string, string>();
    for (const c of commands) {
      if (typeof c === "object" && c !== null && "command" in c && "title" in c && typeof c.command === "string" && typeof c.title === "string") {
        const category = "category" in c && typeof c.category === "string" ? `${c.category}: ` : "";
        titles.set(c.command, `${category}${c.title}`);
      }
    }
    assert.equal(titles.get("rnnlens.runCellOnSampleInput"), "RNN Lens: Run Cell on Sample Input");
  });
});
