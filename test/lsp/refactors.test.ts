// Refactors over LSP, against the built server over stdio: listed as `refactor.rewrite` code
// actions without an edit, the edit computed on codeAction/resolve (by dist/refactors.js, loaded
// then) as a versioned WorkspaceEdit that applies; a resolve for a document that changed since
// the offer is ContentModified; an action the server did not make comes back unchanged; a client
// that cannot resolve edits is not offered refactors.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ResponseError, type CodeAction, type InitializeResult, type TextDocumentEdit } from "vscode-languageserver-protocol";
import { ensureServerBuilt, fileUri, LspClient, positionOf, RESOLVING_CAPABILITIES } from "./client";

const DIR = "/tmp/rnnlens-lsp-refactors";

const MODEL = `import { torch, nn } from "rnnlens";

const lstm = new nn.LSTM(10, 20, {
  numLayers: 2,
  dropout: 0.1,
});
const [out] = lstm.forward(torch.randn(5, 3, 10));
console.log(out.shape);
`;

function at(client: LspClient, uri: string, needle: string) {
  const p = positionOf(client.text(uri), needle, { delta: 1 });
  return { textDocument: { uri }, range: { start: p, end: p }, context: { diagnostics: [] } };
}

describe("LSP over stdio: refactors", { timeout: 120_000 }, () => {
  let client: LspClient;
  let init: InitializeResult;
  const uri = fileUri(`${DIR}/model.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ capabilities: RESOLVING_CAPABILITIES });
    init = await client.initialize();
    await client.open(uri, MODEL);
  });

  after(() => client.dispose());

  it("announces refactor.rewrite code actions, resolved on request", () => {
    assert.deepEqual(init.capabilities.codeActionProvider, { codeActionKinds: ["quickfix", "refactor.rewrite"], resolveProvider: true });
  });

  it("lists the refactor without an edit; resolve gives a versioned edit that applies", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", at(client, uri, "nn.LSTM"));
    const action = actions.find((a) => a.title === "Set batchFirst: true");
    assert.ok(action, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, "refactor.rewrite");
    assert.equal(action.edit, undefined, "listed without its edit");
    const resolved = await client.request<CodeAction>("codeAction/resolve", action, 30_000);
    const changes = resolved.edit?.documentChanges as TextDocumentEdit[] | undefined;
    assert.equal(changes?.length, 1);
    assert.deepEqual(changes?.[0]?.textDocument, { uri, version: client.version(uri) });
    await client.applyEdit(resolved.edit ?? {});
    assert.equal(client.text(uri), MODEL.replace("  dropout: 0.1,\n", "  dropout: 0.1,\n  batchFirst: true,\n"));
  });

  it("offers the other value once the edit is in, and resolves it", async () => {
    // Requests are handled in order: the code actions are those of the edited text.
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", at(client, uri, "nn.LSTM"));
    const action = actions.find((a) => a.title === "Set batchFirst: false");
    assert.ok(action, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const resolved = await client.request<CodeAction>("codeAction/resolve", action);
    await client.applyEdit(resolved.edit ?? {});
    assert.match(client.text(uri), /batchFirst: false,/);
  });

  it("a resolve for a document that changed since the offer is ContentModified", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", at(client, uri, "nn.LSTM"));
    const action = actions.find((a) => a.kind === "refactor.rewrite");
    assert.ok(action);
    await client.replace(uri, "numLayers: 2", "numLayers: 3");
    await assert.rejects(client.request<CodeAction>("codeAction/resolve", action), (e: unknown) => e instanceof ResponseError && e.code === -32801);
  });

  it("an action the server did not make, or malformed data, comes back as it was, and the server keeps answering", async () => {
    const foreign: CodeAction = { title: "Not ours", kind: "refactor.rewrite", data: { something: 1 } };
    assert.deepEqual(await client.request<CodeAction>("codeAction/resolve", foreign), foreign);
    const bad: CodeAction = { title: "Set batchFirst: true", kind: "refactor.rewrite", data: { rnnlensRefactor: { uri, version: client.version(uri), kind: "batch-first", title: "Set batchFirst: true", target: { start: -5, end: "x" } } } };
    assert.deepEqual(await client.request<CodeAction>("codeAction/resolve", bad), bad);
    const nowhere: CodeAction = { ...bad, data: { rnnlensRefactor: { uri, version: client.version(uri), kind: "batch-first", title: "Set batchFirst: true", target: { start: 0, end: 3 } } } };
    assert.deepEqual(await client.request<CodeAction>("codeAction/resolve", nowhere), nowhere);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", at(client, uri, "nn.LSTM"));
    assert.ok(actions.some((a) => a.kind === "refactor.rewrite"));
  });

  it("a request for quick fixes only lists no refactor", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { ...at(client, uri, "nn.LSTM"), context: { diagnostics: [], only: ["quickfix"] } });
    assert.deepEqual(actions, []);
  });
});

describe("LSP over stdio: refactors need a client that resolves edits", { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = fileUri(`${DIR}/plain.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient();
    await client.initialize();
    await client.open(uri, MODEL);
  });

  after(() => client.dispose());

  it("lists no refactor to a client without resolveSupport for edits", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", at(client, uri, "nn.LSTM"));
    assert.deepEqual(actions, []);
  });
});
