// The initial-state and @shape JSDoc refactors over LSP, against the built server over stdio:
// each case is listed where the fixtures say, resolved by the built chunk (dist/refactors.js, on
// the server's TypeScript), and its edit applied gives the fixture's snapshot.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { CodeAction } from "vscode-languageserver-protocol";
import { parseRefactorCase } from "../helpers/refactor-fixtures";
import { ensureServerBuilt, fileUri, LspClient, RESOLVING_CAPABILITIES } from "./client";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = join(ROOT, "test", "fixtures", "refactors");
const DIR = "/tmp/rnnlens-lsp-refactors-state-shapes";

/** Fixtures (test/fixtures/refactors/<kind>/<case>) run through the server: one per form of edit. */
const CASES = [
  "add-initial-state/lstm-bidirectional.ts",
  "add-initial-state/import-torch.ts",
  "add-initial-state/rnn-null-state.ts",
  "shape-jsdoc/one-line-jsdoc.ts",
  "shape-jsdoc/new-jsdoc-method.ts",
  "shape-jsdoc/multi-line-jsdoc.ts",
];

describe("LSP over stdio: the initial-state and @shape JSDoc refactors", { timeout: 120_000 }, () => {
  let client: LspClient;

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ capabilities: RESOLVING_CAPABILITIES });
    await client.initialize();
  });

  after(() => client.dispose());

  for (const name of CASES) {
    it(name, async () => {
      const path = join(FIXTURES, name);
      const c = parseRefactorCase(readFileSync(path, "utf8"), name);
      assert.ok(c.apply, "an applied case");
      const uri = fileUri(join(DIR, name.replace("/", "-")));
      await client.open(uri, c.text);
      const position = (offset: number) => {
        const before = c.text.slice(0, offset).split("\n");
        return { line: before.length - 1, character: (before[before.length - 1] ?? "").length };
      };
      const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: position(c.selection.start), end: position(c.selection.end) },
        context: { diagnostics: [] },
      });
      const action = actions.find((a) => a.title === c.apply);
      assert.ok(action, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.kind, "refactor.rewrite");
      const resolved = await client.request<CodeAction>("codeAction/resolve", action, 30_000);
      assert.ok(resolved.edit, "resolved with an edit");
      await client.applyEdit(resolved.edit);
      assert.equal(client.text(uri), readFileSync(path.replace(/\.[jt]s$/, ".expected"), "utf8"));
    });
  }
});
