// Settings: after `workspace/didChangeConfiguration` the server asks `workspace/configuration`
// for the `rnnlens` section and the client answers as an editor would. Also the two other ways
// settings reach a server: `initializationOptions` and the notification's own payload (clients
// without `workspace/configuration`).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { InlayHint } from "vscode-languageserver-protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, PUSH_CAPABILITIES, messageOf } from "./client";

const DIR = "/tmp/rnnlens-lsp-settings";
const BAD = `import { torch, nn } from "rnnlens";
const lstm = new nn.LSTM(10, 20);
const x = torch.randn(5, 3, 7);
const [out, [h, c]] = lstm.forward(x);
`;
const OTHER_ENGINE = `import { torch, nn } from "my-engine";
const lstm = new nn.LSTM(10, 20);
const x = torch.randn(5, 3, 7);
const [out, [h, c]] = lstm.forward(x);
`;
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe("LSP over stdio: settings from workspace/configuration", { timeout: 120_000 }, () => {
  let client: LspClient;
  const bad = fileUri(`${DIR}/bad.ts`);
  const other = fileUri(`${DIR}/other-engine.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ settings: { rnnlens: { enable: true } } });
    await client.initialize();
    await client.open(bad, BAD);
    await client.open(other, OTHER_ENGINE);
  });

  after(() => client.dispose());

  /**
   * Changes the settings and waits until the server asked for them and was answered. The
   * answer is applied before the server reads its next message, so any request sent after this
   * sees the new settings; published diagnostics follow shortly (wait for them by content).
   */
  async function reconfigure(rnnlens: Record<string, unknown>): Promise<void> {
    const asked = client.configurationRequests.length;
    await client.configure({ rnnlens });
    await client.waitFor(() => client.configurationRequests.length > asked, DEADLINE_MS, "workspace/configuration after didChangeConfiguration");
  }

  const codes = (uri: string) => client.latest(uri)?.diagnostics.map((d) => d.code).join(",");
  const until = (uri: string, want: string) => client.waitFor(() => codes(uri) === want, DEADLINE_MS, `diagnostics of ${uri} = [${want}]`);

  it("imports from an unknown module are not the engine by default", async () => {
    await until(bad, "input-size-mismatch");
    await until(other, "");
  });

  it("rnnlens.enable = false clears the diagnostics; true brings them back", async () => {
    await reconfigure({ enable: false });
    assert.deepEqual(client.configurationRequests.at(-1), ["rnnlens"]);
    await until(bad, "");
    assert.equal(client.latest(bad)?.version, 1);
    // An edit while disabled publishes nothing new.
    const v = await client.replace(bad, "randn(5, 3, 7)", "randn(5, 3, 6)");
    assert.deepEqual((await client.diagnostics(bad, { version: v })).diagnostics, []);
    await reconfigure({ enable: true });
    await until(bad, "input-size-mismatch");
    assert.match(messageOf(client.latest(bad)!.diagnostics[0]!), /got 6/);
  });

  it("rnnlens.inlayHints.enabled = false: no hints; true: hints again", async () => {
    const hints = () => client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri: bad }, range: WHOLE });
    assert.ok((await hints()).length > 0);
    await reconfigure({ inlayHints: { enabled: false } });
    assert.deepEqual(await hints(), []);
    await reconfigure({ "inlayHints.enabled": true });
    assert.ok((await hints()).length > 0);
  });

  it('rnnlens.engineModules = ["my-engine"]: imports from "my-engine" are checked', async () => {
    await reconfigure({ engineModules: ["my-engine"] });
    await until(other, "input-size-mismatch");
    await until(bad, "input-size-mismatch");
    await reconfigure({ engineModules: [] });
    await until(other, "");
  });

  it("rnnlens.sampleDims fills runCell's symbolic dims", async () => {
    await reconfigure({ sampleDims: { seq: 2, batch: 6 } });
    const r = await client.request<{ found: boolean; inputs: { shape: number[] }[] }>("rnnlens/runCell", { textDocument: { uri: bad }, position: { line: 1, character: 8 } });
    assert.equal(r.found, true);
    assert.deepEqual(r.inputs[0]?.shape, [2, 6, 10]);
  });

  it("malformed settings fall back to the defaults", async () => {
    await reconfigure({ enable: "yes", engineModules: "my-engine", inlayHints: 3, sampleDims: [1], maxFileSize: -1 });
    const v = await client.replace(other, "randn(5, 3, 7)", "randn(5, 3, 8)");
    assert.deepEqual((await client.diagnostics(other, { version: v })).diagnostics, []);
    const w = await client.replace(bad, "randn(5, 3, 6)", "randn(5, 3, 8)");
    assert.deepEqual((await client.diagnostics(bad, { version: w })).diagnostics.map((d) => d.code), ["input-size-mismatch"]);
    const hints = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri: bad }, range: WHOLE });
    assert.ok(hints.length > 0);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe("LSP over stdio: settings without workspace/configuration", { timeout: 120_000 }, () => {
  const noConfiguration = { ...PUSH_CAPABILITIES, workspace: {} };

  before(() => ensureServerBuilt());

  it("initializationOptions set the settings", async () => {
    const client = new LspClient({ capabilities: noConfiguration, initializationOptions: { engineModules: ["my-engine"] } });
    try {
      await client.initialize();
      const other = fileUri(`${DIR}/init-options.ts`);
      await client.open(other, OTHER_ENGINE);
      const p = await client.diagnostics(other, { version: 1 });
      assert.deepEqual(p.diagnostics.map((d) => d.code), ["input-size-mismatch"]);
      assert.equal(client.configurationRequests.length, 0, "never asks workspace/configuration");
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
  });

  it("didChangeConfiguration's own settings payload applies", async () => {
    const client = new LspClient({ capabilities: noConfiguration });
    try {
      await client.initialize();
      const b = fileUri(`${DIR}/payload.ts`);
      await client.open(b, BAD);
      assert.equal((await client.diagnostics(b, { version: 1 })).diagnostics.length, 1);
      const since = client.mark;
      await client.conn.sendNotification("workspace/didChangeConfiguration", { settings: { rnnlens: { enable: false } } });
      const p = await client.diagnostics(b, { since });
      assert.deepEqual(p.diagnostics, []);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
  });
});
