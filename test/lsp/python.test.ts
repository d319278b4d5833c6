// Python documents over stdio, with the built server (dist/server.js): the Python parser is
// loaded once a Python document is opened, or before, when the workspace has Python files (a
// TypeScript-only session in a workspace without them never loads it),
// nothing is published for a Python document before it has loaded, and then the newest text is
// analyzed; requests on a Python document wait for it. Then what a Python user sees: PyTorch's
// message with source rnnlens, hovers only where they show shapes (types are Pylance's), inlay
// hints, the code lens and Run Cell — on files and on untitled documents.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { CodeLens, DocumentDiagnosticReport, FullDocumentDiagnosticReport, Hover, InlayHint, MarkupContent } from "vscode-languageserver-protocol";
import { ensureServerBuilt, fileUri, LspClient, messageOf, positionOf, PULL_CAPABILITIES, rangeOf, textIn, type Received } from "./client";

const DIR = "/tmp/rnnlens-lsp-python";

const CLEAN = `import torch
import torch.nn as nn

lstm = nn.LSTM(10, 20, num_layers=2)
x = torch.randn(5, 3, 10)
hidden = 20
output, (h_n, c_n) = lstm(x)
`;
const WRONG = CLEAN.replace("torch.randn(5, 3, 10)", "torch.randn(5, 3, 12)");
const INPUT_SIZE_MESSAGE = "input.size(-1) must be equal to input_size. Expected 10, got 12";

const TS_MODEL = `import { torch, nn } from "rnnlens";
const lstm = new nn.LSTM(10, 20);
const [out] = lstm.forward(torch.randn(5, 3, 10));
`;

const LOADED = /^rnnlens: Python parser loaded in \d+ ms$/;

function logs(client: LspClient): { readonly index: number; readonly message: string }[] {
  return client.received.flatMap((r: Received, index) => (r.method === "window/logMessage" ? [{ index, message: (r.params as { message: string }).message }] : []));
}

function loadedAt(client: LspClient): number | undefined {
  return logs(client).find((l) => LOADED.test(l.message))?.index;
}

function markdown(h: Hover | null): string {
  assert.ok(h, "expected a hover");
  return (h.contents as MarkupContent).value;
}

describe("LSP: the Python parser is loaded on the first Python document", { timeout: 120_000 }, () => {
  let client: LspClient;
  // A workspace with TypeScript files only: nothing suggests Python until a .py file is opened.
  const folder = `${DIR}/typescript-only`;

  before(async () => {
    ensureServerBuilt();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(`${folder}/src`, { recursive: true });
    writeFileSync(`${folder}/src/model.ts`, TS_MODEL);
    client = new LspClient({ rootUri: fileUri(folder) });
    await client.initialize();
  });
  after(() => client.dispose());

  it("a session with TypeScript only never loads it", async () => {
    const ts = fileUri(`${DIR}/model.ts`);
    await client.open(ts, TS_MODEL);
    await client.diagnostics(ts, { version: 1 });
    await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: ts }, position: positionOf(TS_MODEL, "lstm", { delta: 1 }) });
    await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri: ts }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepEqual(logs(client).filter((l) => /Python/.test(l.message)), [], "no word of the Python parser");
  });

  it("opening a .py file loads it, then the file's diagnostics are published", async () => {
    const py = fileUri(`${DIR}/clean.py`);
    await client.open(py, CLEAN, "python");
    const p = await client.diagnostics(py, { version: 1 });
    const at = loadedAt(client);
    assert.ok(at !== undefined, `logs: ${JSON.stringify(logs(client))}`);
    const publishedAt = client.received.findIndex((r) => r.method === "textDocument/publishDiagnostics" && (r.params as { uri: string }).uri === py);
    assert.ok(at < publishedAt, "loaded before the first analysis");
    assert.deepEqual(p.diagnostics, []);
  });
});

describe("LSP: a workspace with Python files loads the parser before a Python document is opened", { timeout: 120_000 }, () => {
  let client: LspClient;
  const folder = `${DIR}/python-project`;

  before(async () => {
    ensureServerBuilt();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(`${folder}/models`, { recursive: true });
    writeFileSync(`${folder}/models/encoder.py`, WRONG);
    client = new LspClient({ rootUri: fileUri(folder) });
    await client.initialize();
  });
  after(() => client.dispose());

  it("the parser is loaded (and warmed up) with no document open, and nothing is published", async () => {
    await client.waitFor(() => loadedAt(client) !== undefined, 60_000, "the Python parser's loading");
    assert.ok(logs(client).some((l) => /the workspace has Python files/.test(l.message)));
    assert.equal(client.received.filter((r) => r.method === "textDocument/publishDiagnostics").length, 0);
  });

  it("then a Python document opened is checked as usual", async () => {
    const uri = fileUri(`${folder}/models/encoder.py`);
    await client.open(uri, WRONG, "python");
    const p = await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(p.diagnostics.map((d) => messageOf(d)), [INPUT_SIZE_MESSAGE]);
    assert.equal(logs(client).filter((l) => LOADED.test(l.message)).length, 1, "loaded once");
  });
});

describe("LSP: Python documents (pushed diagnostics)", { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = fileUri(`${DIR}/encoder.py`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient();
    await client.initialize();
    // Edits sent while the parser is still loading: the first check must be of the newest text.
    await client.open(uri, CLEAN, "python");
    await client.replace(uri, "torch.randn(5, 3, 10)", "torch.randn(5, 3, 11)");
    await client.replace(uri, "torch.randn(5, 3, 11)", "torch.randn(5, 3, 12)");
    assert.equal(client.text(uri), WRONG);
  });
  after(() => client.dispose());

  it("nothing is published before the parser has loaded; the first diagnostics are the newest version's", async () => {
    const p = await client.diagnostics(uri);
    assert.equal(p.version, 3, "the text as of the last edit");
    assert.equal(client.published(uri).length, 1, "no stale or empty set published earlier");
    const at = loadedAt(client);
    assert.ok(at !== undefined);
    const publishedAt = client.received.findIndex((r) => r.method === "textDocument/publishDiagnostics" && (r.params as { uri: string }).uri === uri);
    assert.ok(at < publishedAt, "published only once the parser has loaded");
  });

  it("those diagnostics are PyTorch's error, source rnnlens, on the input argument", async () => {
    const p = await client.diagnostics(uri, { version: 3 });
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const d = p.diagnostics[0]!;
    assert.equal(d.source, "rnnlens");
    assert.equal(d.code, "input-size-mismatch");
    assert.equal(messageOf(d), INPUT_SIZE_MESSAGE);
    // The second `x` of the file: the argument of lstm(x).
    assert.deepEqual(d.range, rangeOf(WRONG, "x", 1));
  });

  it("a fix clears them", async () => {
    const since = client.mark;
    const v = await client.replace(uri, "torch.randn(5, 3, 12)", "torch.randn(5, 3, 10)");
    assert.deepEqual((await client.diagnostics(uri, { version: v, since })).diagnostics, []);
    const back = client.mark;
    const w = await client.replace(uri, "torch.randn(5, 3, 10)", "torch.randn(5, 3, 12)");
    assert.equal((await client.diagnostics(uri, { version: w, since: back })).diagnostics.length, 1);
  });

  it("hover: a tensor's shape in a Python code block; a module's config", async () => {
    const hover = (needle: string, delta: number) => client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: positionOf(client.text(uri), needle, { delta }) });
    const x = markdown(await hover("x = ", 0));
    assert.match(x, /^```python\n/);
    assert.match(x, /x: Tensor\[seq=5, batch=3, 12\]/);
    assert.match(markdown(await hover("lstm", 1)), /lstm: LSTM\(10, 20, num_layers=2\)/);
  });

  it("hover on a plain number says nothing: a Python editor's own hover shows its type", async () => {
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: positionOf(client.text(uri), "hidden", { delta: 1 }) });
    assert.equal(h, null);
  });

  it("inlay hints and the code lens", async () => {
    const text = client.text(uri);
    const hints = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.ok(hints.some((h) => h.label === ": [5, 3, 12]" && h.position.line === 4), JSON.stringify(hints));
    const lenses = await client.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri } });
    assert.deepEqual(lenses.map((l) => textIn(text, l.range).replace(/\(.*/s, "")), ["nn.LSTM"]);
    assert.deepEqual(lenses[0]?.command?.arguments, [uri, lenses[0]?.range.start]);
  });

  it("Run Cell on the LSTM: the engine runs it, no Python needed", async () => {
    const r = await client.request<{ found: boolean; ok?: boolean; module?: { kind: string }; results?: { name: string; shape: number[] }[] }>("rnnlens/runCell", {
      textDocument: { uri },
      position: positionOf(client.text(uri), "nn.LSTM", { delta: 4 }),
    });
    assert.equal(r.found, true, JSON.stringify(r));
    assert.equal(r.ok, true);
    assert.equal(r.module?.kind, "LSTM");
    assert.deepEqual(r.results?.find((t) => t.name === "output")?.shape, [5, 3, 20]);
  });

  it("an untitled Python document is checked too", async () => {
    const untitled = "untitled:Untitled-7";
    await client.open(untitled, WRONG, "python");
    const p = await client.diagnostics(untitled, { version: 1 });
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["input-size-mismatch"]);
    await client.close(untitled);
  });
});

describe("LSP: Python documents (pulled diagnostics)", { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = fileUri(`${DIR}/pulled.py`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ capabilities: PULL_CAPABILITIES });
    await client.initialize();
  });
  after(() => client.dispose());

  let first: DocumentDiagnosticReport | undefined;

  it("a pull right after opening waits for the parser instead of answering empty", async () => {
    await client.open(uri, WRONG, "python");
    first = await client.request<DocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    assert.equal(first.kind, "full");
    assert.ok(loadedAt(client) !== undefined, "the parser had loaded when the answer came");
  });

  it("and answers with the analysis of the text", () => {
    assert.ok(first);
    assert.deepEqual((first as FullDocumentDiagnosticReport).items.map((d) => d.code), ["input-size-mismatch"]);
  });
});
