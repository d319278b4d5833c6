// A partial analysis is never shown as a clean file: over stdio with the real built server, a file
// that runs out of the analysis's work budget, and one that nests too deeply to analyze, are
// named in `rnnlens/status` (the status bar) with why, and logged once in the output channel
// (`window/logMessage`); fixing the file clears both.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { LogMessageNotification, MessageType, type LogMessageParams } from "vscode-languageserver-protocol";
import { STATUS_METHOD, type StatusParams } from "../../server/lsp/protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, messageOf } from "./client";

/**
 * Ordinary code, too much of it to follow: a function called from 30 sites, each calling one
 * called from 30 more, and so on, evaluated at every call site. The first line's mistake is
 * found before the budget runs out.
 */
function heavy(): string {
  const leaf = Array.from({ length: 40 }, (_, i) => `  const a${i} = torch.randn(2, 3).view(3, 2);`).join("\n");
  const calls = (name: string, n: number) => Array.from({ length: n }, () => `  ${name}();`).join("\n");
  return `import { torch, nn } from "rnnlens";
new nn.LSTM(10, 20).forward(torch.randn(5, 3, 7));
function leaf() {
${leaf}
}
function mid() {
${calls("leaf", 30)}
}
function top() {
${calls("mid", 30)}
}
${calls("top", 30).replace(/^ {2}/gm, "")}
`;
}

/** All calls of mid() but the first: what is left is well within the budget. */
const MORE_MID_CALLS = /(?<=  mid\(\);\n)(  mid\(\);\n)+/;
/** Real input the parser cannot take: 20,000 nested parentheses. */
const DEEP = `const x = ${"(".repeat(20_000)}1${")".repeat(20_000)};\n`;

describe("LSP over stdio: partial analyses are reported", { timeout: 120_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), "rnnlens-lsp-incomplete-"));
    client = new LspClient();
    await client.initialize();
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const statuses = () => client.received.filter((r) => r.method === STATUS_METHOD).map((r) => r.params as StatusParams);
  const logs = (type: MessageType) => client.received.filter((r) => r.method === LogMessageNotification.method && (r.params as LogMessageParams).type === type).map((r) => (r.params as LogMessageParams).message);
  const statusAfter = (since: number, want: (s: StatusParams) => boolean, what: string) =>
    client.waitFor(
      () => client.received.slice(since).filter((r) => r.method === STATUS_METHOD).map((r) => r.params as StatusParams).find(want),
      DEADLINE_MS,
      `${what}; statuses: ${JSON.stringify(statuses().slice(-3))}`,
    );

  it("a file over the work budget: partial diagnostics, the status names it, the output says why", async () => {
    const uri = fileUri(join(dir, "heavy.ts"));
    const since = client.mark;
    await client.open(uri, heavy());
    const d = await client.diagnostics(uri, { version: 1, timeoutMs: 30_000 });
    assert.deepEqual(d.diagnostics.map((x) => `${x.code}: ${messageOf(x)}`), ["input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 7"], "what was found before the budget ran out is shown");
    const s = await statusAfter(since, (x) => x.incomplete.length > 0, "a status naming the file");
    assert.equal(s.state, "ready");
    assert.equal(s.errors, 1);
    assert.deepEqual(s.incomplete, [{ uri, reason: "the analysis stopped at its work budget (400000 steps); problems past that point are not reported" }]);
    const expected = `rnnlens: ${uri} was not fully analyzed: the analysis stopped at its work budget (400000 steps); problems past that point are not reported`;
    await client.waitFor(() => logs(MessageType.Warning).includes(expected), DEADLINE_MS, `the warning in the output; got ${logs(MessageType.Warning).join(" | ")}`);

    // Another edit that leaves it partial does not log again; the status still names it.
    const mark = client.mark;
    const v = await client.replace(uri, "randn(5, 3, 7)", "randn(5, 3, 8)");
    await client.diagnostics(uri, { version: v, timeoutMs: 30_000 });
    assert.equal((await statusAfter(mark, () => true, "a status after the edit")).incomplete.length, 1);
    assert.equal(logs(MessageType.Warning).filter((w) => w.includes("was not fully analyzed")).length, 1);

    // Cut to a size the budget covers: complete again, said once.
    const mark2 = client.mark;
    const small = client.text(uri).replace(MORE_MID_CALLS, "");
    assert.ok(small.length < client.text(uri).length);
    const v2 = await client.change(uri, [{ text: small }]);
    await client.diagnostics(uri, { version: v2, timeoutMs: 30_000 });
    // (Waiting for the status that says so: a re-check of an older version may report in between.)
    await statusAfter(mark2, (x) => x.incomplete.length === 0, "a status without the file after the fix");
    await client.waitFor(() => logs(MessageType.Info).includes(`rnnlens: ${uri} is fully analyzed again`), DEADLINE_MS, "the recovery in the output");
    await client.close(uri);
  });

  it("a file the analysis fails on (too deeply nested to parse) is named, and closing it clears the status", async () => {
    const uri = fileUri(join(dir, "deep.ts"));
    const since = client.mark;
    await client.open(uri, DEEP);
    await client.diagnostics(uri, { version: 1 });
    const s = await statusAfter(since, (x) => x.incomplete.some((f) => f.uri === uri), "a status naming the file");
    assert.deepEqual(s.incomplete, [{ uri, reason: "the file nests too deeply to analyze" }]);
    await client.waitFor(() => logs(MessageType.Warning).includes(`rnnlens: ${uri} was not fully analyzed: the file nests too deeply to analyze`), DEADLINE_MS, "the warning in the output");
    const mark = client.mark;
    await client.close(uri);
    await statusAfter(mark, (x) => x.incomplete.length === 0, "a status without the file after closing");
  });

  it("a clean file is not reported as incomplete", async () => {
    const uri = fileUri(join(dir, "clean.ts"));
    const since = client.mark;
    await client.open(uri, `import { torch, nn } from "rnnlens";\nnew nn.LSTM(10, 20).forward(torch.randn(5, 3, 10));\n`);
    await client.diagnostics(uri, { version: 1 });
    const s = await statusAfter(since, (x) => x.errors === 0, "a status after the clean file's check");
    assert.deepEqual(s, { state: "ready", errors: 0, warnings: 0, incomplete: [] });
    await client.close(uri);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
