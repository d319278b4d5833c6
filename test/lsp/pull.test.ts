// Pull diagnostics: a client that declares `textDocument.diagnostic` asks for them with
// `textDocument/diagnostic`; the server then announces a diagnosticProvider and never pushes.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport, InitializeResult } from "vscode-languageserver-protocol";
import { ensureServerBuilt, fileUri, LspClient, PULL_CAPABILITIES, rangeOf, messageOf } from "./client";

const MODEL = `import { torch, nn } from "rnnlens";

const gru = new nn.GRU(8, 16, 2);
const x = torch.randn(4, 2, 8);
const h0 = torch.randn(3, 2, 16);
const [out, hn] = gru.forward(x, h0);
`;

describe("LSP over stdio: a client with pull diagnostics", { timeout: 120_000 }, () => {
  let client: LspClient;
  let init: InitializeResult;
  const uri = fileUri("/tmp/rnnlens-lsp-pull/model.ts");

  const pull = async (): Promise<FullDocumentDiagnosticReport> => {
    const r = await client.request<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    assert.equal(r.kind, "full");
    return r as FullDocumentDiagnosticReport;
  };

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ capabilities: PULL_CAPABILITIES });
    init = await client.initialize();
    await client.open(uri, MODEL);
  });

  after(() => client.dispose());

  it("initialize announces a diagnostic provider", () => {
    assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
  });

  it("textDocument/diagnostic answers a full report with the diagnostics of the current text", async () => {
    const r = await pull();
    assert.equal(r.items.length, 1, JSON.stringify(r.items));
    const d = r.items[0]!;
    assert.equal(d.code, "hidden-size-mismatch");
    assert.equal(d.source, "rnnlens");
    assert.match(messageOf(d), /^Expected hidden size \(2, 2, 16\), got \[3, 2, 16\]/);
    assert.deepEqual(d.range, rangeOf(MODEL, "h0", 1));
    assert.ok(d.codeDescription?.href.endsWith("#hidden-size-mismatch"));
    assert.ok((d.relatedInformation ?? []).length > 0);
  });

  it("after an incremental fix, the next pull is empty; the server asks the client to refresh", async () => {
    const refreshes = client.serverRequests.filter((m) => m === "workspace/diagnostic/refresh").length;
    await client.replace(uri, "randn(3, 2, 16)", "randn(2, 2, 16)");
    assert.deepEqual((await pull()).items, []);
    await client.waitFor(() => client.serverRequests.filter((m) => m === "workspace/diagnostic/refresh").length > refreshes, 5_000, "workspace/diagnostic/refresh");
    await client.replace(uri, "randn(4, 2, 8)", "randn(4, 2, 9)");
    assert.deepEqual((await pull()).items.map((d) => d.code), ["input-size-mismatch"]);
  });

  it("a disabled server answers pulls with an empty report", async () => {
    const state = () => (client.received.filter((r) => r.method === "rnnlens/status").pop()?.params as { state: string } | undefined)?.state;
    await client.configure({ rnnlens: { enable: false } });
    await client.waitFor(() => state() === "disabled", 5_000, "disabled status");
    assert.deepEqual((await pull()).items, []);
    await client.configure({ rnnlens: { enable: true } });
    await client.waitFor(() => state() === "ready", 5_000, "ready status");
    assert.equal((await pull()).items.length, 1);
  });

  it("a pull for a document that is not open answers an empty report", async () => {
    const r = await client.request<FullDocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri: fileUri("/tmp/rnnlens-lsp-pull/nope.ts") } });
    assert.deepEqual(r, { kind: "full", items: [] });
  });

  it("never pushes diagnostics, not even on close", async () => {
    await client.close(uri);
    // A round trip after the close: anything the server sent before its answer has arrived.
    await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(client.received.filter((r) => r.method === "textDocument/publishDiagnostics").length, 0);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
