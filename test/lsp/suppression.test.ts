// Suppression comments and `rnnlens.exclude` in the editor, driven over stdio against the real
// built server: the same findings are silenced as in the CLI, edits that add or remove a
// directive take effect at once, unknown codes are logged (once), and excluded files get no
// diagnostics while the setting applies.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { LogMessageNotification, MessageType, type LogMessageParams } from "vscode-languageserver-protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, messageOf } from "./client";

const HEADER = `import { torch, nn } from "rnnlens";\nconst lstm = new nn.LSTM(10, 20);\n`;
const mistake = (n: number) => `lstm.forward(torch.randn(5, 3, ${n}));\n`;
const MODEL =
  HEADER +
  mistake(7) +
  "// rnnlens-ignore-next-line\n" +
  mistake(8) +
  "// rnnlens-ignore-next-line hidden-size-mismatch\n" +
  mistake(9) +
  "// rnnlens-ignore-next-line input-size-mismatch\n" +
  mistake(10);

describe("LSP over stdio: suppression comments and rnnlens.exclude", { timeout: 120_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), "rnnlens-lsp-suppress-"));
    client = new LspClient({ rootUri: fileUri(dir), settings: { rnnlens: { exclude: ["generated/**", "*.gen.ts"] } } });
    await client.initialize();
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `line got-N` for each diagnostic of the newest publish. */
  const shown = (uri: string) => client.latest(uri)?.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${/got (\d+)/.exec(messageOf(d))?.[1] ?? messageOf(d)}`) ?? [];
  const warnings = () => client.received.filter((r) => r.method === LogMessageNotification.method && (r.params as LogMessageParams).type === MessageType.Warning).map((r) => (r.params as LogMessageParams).message);

  it("silences the next line (all codes or the listed ones), and follows edits of the comments", async () => {
    const uri = fileUri(join(dir, "model.ts"));
    await client.open(uri, MODEL);
    await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(shown(uri), ["3 input-size-mismatch 7", "7 input-size-mismatch 9"]);

    // Adding a directive silences at once; removing one brings the diagnostic back.
    let v = await client.replace(uri, mistake(7), "// rnnlens-ignore-next-line input-size-mismatch -- known\n" + mistake(7));
    await client.diagnostics(uri, { version: v });
    assert.deepEqual(shown(uri), ["8 input-size-mismatch 9"]);
    v = await client.replace(uri, "// rnnlens-ignore-next-line\n", "");
    await client.diagnostics(uri, { version: v });
    assert.deepEqual(shown(uri), ["5 input-size-mismatch 8", "7 input-size-mismatch 9"]);

    v = await client.replace(uri, HEADER, "// rnnlens-ignore-file\n" + HEADER);
    await client.diagnostics(uri, { version: v });
    assert.deepEqual(shown(uri), []);
    await client.close(uri);
  });

  it("an unknown code is ignored and logged once as a warning; the server keeps answering", async () => {
    const uri = fileUri(join(dir, "typo.ts"));
    const text = HEADER + "// rnnlens-ignore-next-line input-size, hidden-size-mismatch\n" + mistake(11);
    await client.open(uri, text);
    await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(shown(uri), ["4 input-size-mismatch 11"], "a typo silences nothing");
    const expected = `rnnlens: ${uri}:3: unknown diagnostic code 'input-size' in rnnlens-ignore-next-line; ignored`;
    await client.waitFor(() => warnings().includes(expected), DEADLINE_MS, `the warning; got ${warnings().join(" | ")}`);
    // An edit elsewhere does not log it again.
    const v = await client.replace(uri, "randn(5, 3, 11)", "randn(5, 3, 12)");
    await client.diagnostics(uri, { version: v });
    assert.equal(warnings().filter((w) => w === expected).length, 1);
    assert.deepEqual(shown(uri), ["4 input-size-mismatch 12"]);
    await client.close(uri);
  });

  it("excluded files get no diagnostics; the setting applies and un-applies without a restart", async () => {
    const generated = fileUri(join(dir, "generated", "layers.ts"));
    const byName = fileUri(join(dir, "src", "model.gen.ts"));
    const kept = fileUri(join(dir, "src", "model.ts"));
    // The second mistake (h0 of the wrong number of layers) has a quick fix.
    const text = HEADER + mistake(13) + "lstm.forward(torch.randn(5, 3, 10), [torch.randn(2, 3, 20), torch.randn(1, 3, 20)]);\n";
    for (const u of [generated, byName, kept]) await client.open(u, text);
    for (const u of [generated, byName, kept]) await client.diagnostics(u, { version: 1 });
    assert.deepEqual(shown(generated), []);
    assert.deepEqual(shown(byName), []);
    assert.deepEqual(shown(kept), ["3 input-size-mismatch 13", "4 hidden-size-mismatch Expected hidden[0] size (1, 3, 20), got [2, 3, 20]"]);
    // No quick fixes for diagnostics that are not shown.
    const actions = (u: string) => client.request<unknown[]>("textDocument/codeAction", { textDocument: { uri: u }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 80 } }, context: { diagnostics: [] } });
    assert.ok((await actions(kept)).length > 0, "the kept file's mistake has a fix");
    assert.deepEqual(await actions(generated), []);

    const since = client.mark;
    await client.configure({ rnnlens: { exclude: [] } });
    await client.diagnostics(generated, { since });
    await client.diagnostics(byName, { since });
    assert.deepEqual(shown(generated), ["3 input-size-mismatch 13", "4 hidden-size-mismatch Expected hidden[0] size (1, 3, 20), got [2, 3, 20]"]);
    assert.deepEqual(shown(byName), ["3 input-size-mismatch 13", "4 hidden-size-mismatch Expected hidden[0] size (1, 3, 20), got [2, 3, 20]"]);
    for (const u of [generated, byName, kept]) await client.close(u);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
