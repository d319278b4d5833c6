// Garbage and oversize documents and requests: none may crash or hang the server. After each,
// the garbage document's diagnostics arrive within a deadline and a normal request on a healthy
// document still answers correctly within a deadline.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hover, MarkupContent } from "vscode-languageserver-protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, positionOf } from "./client";

const DIR = "/tmp/rnnlens-lsp-robustness";
const HEALTHY = `import { torch, nn } from "rnnlens";
const lstm = new nn.LSTM(10, 20);
const input = torch.randn(5, 3, 10);
`;
/**
 * Deadline for a pathological document's diagnostics (parse + bounded analysis). Generous: on a
 * quiet 2-core machine the slowest case (TypeScript's incremental reparse of 100k characters of
 * junk) takes ~2.5 s, but the suite must not fail on a busy one.
 */
const HEAVY_DEADLINE_MS = 30_000;

/** Deterministic pseudo-random UTF-16 junk: NULs, lone surrogates, control characters, CRs. */
function binaryJunk(length: number): string {
  let seed = 12345;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out.push(String.fromCharCode(seed % 0x10000));
  }
  return out.join("");
}

const GARBAGE: Record<string, () => string> = {
  "binary junk": () => binaryJunk(100_000),
  "a 5 MB file": () => `import { torch, nn } from "rnnlens";\n` + "const lstm = new nn.LSTM(10, 20);\nconst x = torch.randn(5, 3, 7);\nlstm.forward(x);\n".repeat(Math.ceil((5 * 1024 * 1024) / 80)),
  "10,000 nested parentheses": () => `import { torch } from "rnnlens";\nconst x = ${"(".repeat(10_000)}torch.randn(1)${")".repeat(10_000)};\n`,
  "10,000 nested brackets": () => `import { torch } from "rnnlens";\nconst x = ${"[".repeat(10_000)}1${"]".repeat(10_000)};\n`,
  "10,000 unclosed brackets and braces": () => `const x = ${"([{".repeat(10_000)};\n`,
  "10,000 nested blocks": () => `import { torch } from "rnnlens";\n${"if (x) {".repeat(10_000)}const y = torch.randn(1);${"}".repeat(10_000)}\n`,
  "a+a+... with 100k numeric terms": () => `import { torch } from "rnnlens";\nconst a = 3;\nconst x = a${"+a".repeat(100_000)};\nconst t = torch.randn(x);\n`,
  "a+a+... with 100k tensor terms": () => `import { torch } from "rnnlens";\nconst a = torch.randn(2, 3);\nconst x = a${"+a".repeat(100_000)};\n`,
  "3,000 nested calls": () => `import { torch } from "rnnlens";\nconst x = ${"torch.cat([".repeat(3_000)}torch.randn(1)${"])".repeat(3_000)};\n`,
  "100k lines of declarations": () => Array.from({ length: 100_000 }, (_, i) => `const v${i} = ${i};`).join("\n"),
  "one 1 MB line": () => `const s = "${"x".repeat(1_000_000)}";`,
};

describe("LSP over stdio: garbage and oversize input", { timeout: 300_000 }, () => {
  let client: LspClient;
  const healthy = fileUri(`${DIR}/healthy.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient();
    await client.initialize();
    await client.open(healthy, HEALTHY);
    await client.diagnostics(healthy, { version: 1 });
  });

  after(() => client.dispose());

  /** The server still answers a normal request, correctly, within the deadline. */
  async function assertAlive(): Promise<void> {
    assert.equal(client.exitCode, null, `server exited: ${client.exitCode}\n${client.stderr}`);
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: healthy }, position: positionOf(HEALTHY, "input", { delta: 1 }) }, DEADLINE_MS);
    assert.match((h?.contents as MarkupContent | undefined)?.value ?? "", /Tensor\[5, 3, 10\]/);
  }

  for (const [name, make] of Object.entries(GARBAGE)) {
    it(`${name}: diagnostics arrive, requests answer, the server survives`, async () => {
      const uri = fileUri(`${DIR}/${name.replace(/[^a-z0-9]+/gi, "-")}.ts`);
      const text = make();
      await client.open(uri, text);
      const p = await client.diagnostics(uri, { version: 1, timeoutMs: HEAVY_DEADLINE_MS });
      assert.ok(Array.isArray(p.diagnostics));
      // Every request kind on the garbage document answers (whatever it answers).
      const whole = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
      await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 12 } }, HEAVY_DEADLINE_MS);
      await client.request("textDocument/inlayHint", { textDocument: { uri }, range: whole }, HEAVY_DEADLINE_MS);
      await client.request("textDocument/codeLens", { textDocument: { uri } }, HEAVY_DEADLINE_MS);
      await client.request("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: [] } }, HEAVY_DEADLINE_MS);
      await client.request("rnnlens/runCell", { textDocument: { uri }, position: { line: 1, character: 12 } }, HEAVY_DEADLINE_MS);
      // An incremental edit in the middle of it is checked too.
      const v = await client.change(uri, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } }, text: "Q" }]);
      await client.diagnostics(uri, { version: v, timeoutMs: HEAVY_DEADLINE_MS });
      await assertAlive();
      await client.close(uri);
    });
  }

  it("the 5 MB file is skipped (larger than rnnlens.maxFileSize): no diagnostics", async () => {
    const uri = fileUri(`${DIR}/big-again.ts`);
    await client.open(uri, GARBAGE["a 5 MB file"]!());
    assert.deepEqual((await client.diagnostics(uri, { version: 1 })).diagnostics, []);
    await client.close(uri);
  });

  it("requests about a document that was never opened answer empty results", async () => {
    const uri = fileUri(`${DIR}/never-opened.ts`);
    const pos = { line: 0, character: 0 };
    const range = { start: pos, end: pos };
    assert.equal(await client.request("textDocument/hover", { textDocument: { uri }, position: pos }), null);
    assert.deepEqual(await client.request("textDocument/inlayHint", { textDocument: { uri }, range }), []);
    assert.deepEqual(await client.request("textDocument/codeLens", { textDocument: { uri } }), []);
    assert.deepEqual(await client.request("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    const run = await client.request<{ found: boolean }>("rnnlens/runCell", { textDocument: { uri }, position: pos });
    assert.equal(run.found, false);
    // Notifications about it are ignored.
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: "x" }] });
    await client.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await assertAlive();
  });

  it("out-of-range positions and ranges, odd URIs and an unknown method", async () => {
    const far = { line: 1_000_000, character: 1_000_000 };
    assert.equal(await client.request("textDocument/hover", { textDocument: { uri: healthy }, position: far }), null);
    await client.request("textDocument/inlayHint", { textDocument: { uri: healthy }, range: { start: far, end: { line: 0, character: 0 } } });
    await client.request("rnnlens/runCell", { textDocument: { uri: healthy }, position: far, dims: { seq: -1, batch: 1e9 } });
    const untitled = "untitled:Untitled-1";
    // An untitled document is checked like a file: its mistake is reported (a count of zero here
    // would prove nothing, as a document that was never analyzed has none either).
    await client.open(untitled, `${HEALTHY.replace("randn(5, 3, 10)", "randn(5, 3, 11)")}lstm.forward(input);\n`);
    assert.deepEqual((await client.diagnostics(untitled, { version: 1 })).diagnostics.map((d) => d.code), ["input-size-mismatch"]);
    await client.close(untitled);
    await assert.rejects(client.request("rnnlens/unknownMethod", {}), /Unhandled method|not found/i);
    await assertAlive();
  });

  it("a huge runCell (large dims) answers without hanging", async () => {
    const r = await client.request<{ found: boolean }>("rnnlens/runCell", { textDocument: { uri: healthy }, position: { line: 1, character: 8 }, dims: { seq: 200, batch: 64 } }, HEAVY_DEADLINE_MS);
    assert.equal(r.found, true);
    await assertAlive();
  });

  it("no uncaught errors were logged and the server shuts down cleanly", async () => {
    const logs = client.received.filter((r) => r.method === "window/logMessage").map((r) => (r.params as { message: string }).message);
    assert.deepEqual(logs.filter((m) => /uncaught|unhandled/.test(m)), []);
    assert.equal(await client.shutdown(), 0);
  });
});
