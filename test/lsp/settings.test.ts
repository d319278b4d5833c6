// Settings: after `workspace/didChangeConfiguration` the server asks `workspace/configuration`
// for the `rnnlens` section and the client answers as an editor would. Also the two other ways
// settings reach a server: `initializationOptions` and the notification's own payload (clients
// without `workspace/configuration`).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { InlayHint } from "vscode-languageserver-protocol";
import { createKernels } from "../../engine";
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
/** The LSTM constructor in BAD, where runCell runs. */
const AT_LSTM = { line: 1, character: 8 };
/** What `auto` and `wasm` pick on a runtime with WebAssembly SIMD (every Node the tests run on). */
const WASM = /^wasm-(relaxed-)?simd( \(\d+ threads\))?$/;
/** The server without the test run's own kernel choice, so the settings alone decide. */
const NO_KERNEL_ENV = { RNNLENS_KERNELS: undefined, RNNLENS_THREADS: undefined };

interface RunCellKernels {
  readonly found: boolean;
  readonly ok?: boolean;
  readonly kernels?: string;
}

function runCellKernels(client: LspClient, uri: string): Promise<RunCellKernels> {
  return client.request<RunCellKernels>("rnnlens/runCell", { textDocument: { uri }, position: AT_LSTM });
}

/** The messages of the window/showMessage warnings (type 2) the server sent. */
function warnings(client: LspClient): string[] {
  return client.received.filter((r) => r.method === "window/showMessage" && (r.params as { type: number }).type === 2).map((r) => (r.params as { message: string }).message);
}

describe("LSP over stdio: settings from workspace/configuration", { timeout: 120_000 }, () => {
  let client: LspClient;
  const bad = fileUri(`${DIR}/bad.ts`);
  const other = fileUri(`${DIR}/other-engine.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ settings: { rnnlens: { enable: true } }, env: NO_KERNEL_ENV });
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

  it("sampleDims that are not positive integers are not used: 0 in the setting, -1 in a request", async () => {
    await reconfigure({ sampleDims: { seq: 0, batch: 6 } });
    const fromSetting = await client.request<{ found: boolean; dims: Record<string, number>; inputs: { shape: number[] }[] }>("rnnlens/runCell", { textDocument: { uri: bad }, position: AT_LSTM });
    assert.equal(fromSetting.found, true);
    assert.deepEqual(fromSetting.dims, { seq: 5, batch: 6 }, "seq = 0 dropped: the default seq");
    assert.deepEqual(fromSetting.inputs[0]?.shape, [5, 6, 10]);
    const fromRequest = await client.request<{ dims: Record<string, number>; inputs: { shape: number[] }[] }>("rnnlens/runCell", { textDocument: { uri: bad }, position: AT_LSTM, dims: { batch: -1, seq: 2.5 } });
    assert.deepEqual(fromRequest.dims, { seq: 5, batch: 6 });
    await reconfigure({});
  });

  it("rnnlens.engine.kernels picks the kernels runCell reports; an invalid value keeps auto", async () => {
    const auto = await runCellKernels(client, bad);
    assert.equal(auto.ok, true);
    assert.match(auto.kernels ?? "", WASM, "auto: a WebAssembly variant");
    await reconfigure({ engine: { kernels: "typescript" } });
    const ts = await runCellKernels(client, bad);
    assert.equal(ts.ok, true);
    assert.equal(ts.kernels, "typescript");
    await reconfigure({ "engine.kernels": "wasm" });
    assert.match((await runCellKernels(client, bad)).kernels ?? "", WASM, "the flat key works too");
    await reconfigure({ engine: { kernels: "typescript" } });
    await reconfigure({ engine: { kernels: "fastest", threads: 0 } });
    assert.match((await runCellKernels(client, bad)).kernels ?? "", WASM, "invalid: the default (auto)");
    assert.deepEqual(warnings(client), [], "no runtime problem to report");
  });

  it("rnnlens.engine.threads sets the WebAssembly kernels' threads", async () => {
    await reconfigure({ engine: { kernels: "wasm", threads: 1 } });
    assert.match((await runCellKernels(client, bad)).kernels ?? "", /^wasm-(relaxed-)?simd$/, "one thread: no pool");
    await reconfigure({ engine: { kernels: "wasm", threads: 3 } });
    assert.match((await runCellKernels(client, bad)).kernels ?? "", /^wasm-(relaxed-)?simd \(3 threads\)$/);
    await reconfigure({ engine: { kernels: "typescript", threads: 3 } });
    assert.equal((await runCellKernels(client, bad)).kernels, "typescript");
    await reconfigure({ engine: { kernels: "wasm", threads: 17 } });
    assert.match((await runCellKernels(client, bad)).kernels ?? "", WASM, "out of range: the default");
    assert.doesNotMatch((await runCellKernels(client, bad)).kernels ?? "", /17 threads/);
    await reconfigure({});
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

describe("LSP over stdio: the kernel settings and RNNLENS_KERNELS / RNNLENS_THREADS", { timeout: 120_000 }, () => {
  const uri = fileUri(`${DIR}/kernels-env.ts`);

  before(() => ensureServerBuilt());

  /** A server with these environment variables and rnnlens settings, BAD open. */
  async function serverWith(env: Record<string, string | undefined>, rnnlens: Record<string, unknown> = {}): Promise<LspClient> {
    const client = new LspClient({ settings: { rnnlens }, env: { ...NO_KERNEL_ENV, ...env } });
    await client.initialize();
    // Settings are applied when the answer arrives, before any later request is read.
    await client.waitFor(() => client.configurationRequests.length > 0, DEADLINE_MS, "workspace/configuration after initialized");
    await client.open(uri, BAD);
    return client;
  }

  async function reconfigure(client: LspClient, rnnlens: Record<string, unknown>): Promise<void> {
    const asked = client.configurationRequests.length;
    await client.configure({ rnnlens });
    await client.waitFor(() => client.configurationRequests.length > asked, DEADLINE_MS, "workspace/configuration after didChangeConfiguration");
  }

  it("at auto, RNNLENS_KERNELS decides; any other value of the setting wins", async () => {
    const client = await serverWith({ RNNLENS_KERNELS: "typescript" });
    try {
      assert.equal((await runCellKernels(client, uri)).kernels, "typescript");
      await reconfigure(client, { engine: { kernels: "wasm" } });
      assert.match((await runCellKernels(client, uri)).kernels ?? "", WASM);
      await reconfigure(client, { engine: { kernels: "auto" } });
      assert.equal((await runCellKernels(client, uri)).kernels, "typescript", "back at auto: the variable again");
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
  });

  it("at 2 threads, RNNLENS_THREADS decides; any other value wins", async () => {
    const client = await serverWith({ RNNLENS_KERNELS: "wasm", RNNLENS_THREADS: "1" });
    try {
      assert.match((await runCellKernels(client, uri)).kernels ?? "", /^wasm-(relaxed-)?simd$/);
      await reconfigure(client, { engine: { threads: 3 } });
      assert.match((await runCellKernels(client, uri)).kernels ?? "", /^wasm-(relaxed-)?simd \(3 threads\)$/);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
  });

  it("kernels this runtime cannot run: a warning, and Run Cell uses the typescript kernels", async () => {
    let relaxed = true;
    try {
      createKernels("wasm-relaxed-simd", { threads: 1 });
    } catch {
      relaxed = false;
    }
    const client = await serverWith({ RNNLENS_KERNELS: "wasm-relaxed-simd" });
    try {
      const r = await runCellKernels(client, uri);
      assert.equal(r.ok, true);
      if (relaxed) {
        assert.match(r.kernels ?? "", /^wasm-relaxed-simd/);
        assert.deepEqual(warnings(client), []);
      } else {
        assert.equal(r.kernels, "typescript");
        await client.waitFor(() => warnings(client).length > 0, DEADLINE_MS, "a warning");
        assert.match(warnings(client)[0] ?? "", /cannot run the wasm-relaxed-simd kernels.*typescript/);
      }
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
  });

  it("an RNNLENS_KERNELS the engine does not know: a warning, and auto", async () => {
    const client = await serverWith({ RNNLENS_KERNELS: "fastest" });
    try {
      const r = await runCellKernels(client, uri);
      assert.equal(r.ok, true);
      assert.match(r.kernels ?? "", WASM);
      await client.waitFor(() => warnings(client).length > 0, DEADLINE_MS, "a warning");
      assert.match(warnings(client)[0] ?? "", /RNNLENS_KERNELS must be one of .*"fastest"/);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.dispose();
    }
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
