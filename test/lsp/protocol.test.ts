// The built language server (dist/server.js) driven over stdio by a JSON-RPC client that takes
// pushed diagnostics (no `textDocument.diagnostic` capability): lifecycle, document sync with
// incremental changes, diagnostics and the version they belong to, hover, inlay hints, quick
// fixes applied as an editor would, code lenses, rnnlens/runCell, close, shutdown and exit.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CodeAction, CodeLens, Diagnostic, Hover, InitializeResult, InlayHint, MarkupContent } from "vscode-languageserver-protocol";
import { generateModelFile } from "../../bench/generate";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, positionAt, positionOf, rangeOf, textIn, withDeadline, messageOf } from "./client";

const DIR = "/tmp/rnnlens-lsp-protocol";

const TUTORIAL = `import { torch, nn } from "rnnlens";

const lstm = new nn.LSTM(10, 20, 2);
const input = torch.randn(5, 3, 10);
const h0 = torch.randn(2, 3, 20);
const c0 = torch.randn(2, 3, 20);
const [output, [hn, cn]] = lstm.forward(input, [h0, c0]);
const gru = new nn.GRU(10, 20, { numLayers: 2, batchFirst: true, bidirectional: true });
const cell = new nn.LSTMCell(10, 20);
const head = new nn.Linear(20, 4);
const logits = head.forward(output);
`;

interface RunCellResponse {
  readonly found: boolean;
  readonly message?: string;
  readonly ok?: boolean;
  readonly module?: { readonly kind: string; readonly config: string; readonly parameterCount: number | null };
  readonly dims?: Record<string, number>;
  readonly inputs?: readonly { readonly name: string; readonly shape: number[] }[];
  readonly results?: readonly { readonly name: string; readonly shape: number[]; readonly values: number[] }[];
  readonly timeMs?: number;
  readonly shapesMatchInferred?: boolean | null;
}

function markdown(h: Hover | null): string {
  assert.ok(h, "expected a hover");
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, "markdown");
  return c.value;
}

describe("LSP over stdio: a client with pushed diagnostics", { timeout: 120_000 }, () => {
  let client: LspClient;
  let init: InitializeResult;
  const uri = fileUri(`${DIR}/tutorial.ts`);

  before(async () => {
    ensureServerBuilt();
    client = new LspClient();
    init = await client.initialize();
    await client.open(uri, TUTORIAL);
  });

  after(() => client.dispose());

  const hover = (u: string, needle: string, nth = 0) =>
    client.request<Hover | null>("textDocument/hover", { textDocument: { uri: u }, position: positionOf(client.text(u), needle, { nth, delta: 1 }) });

  it("initialize announces incremental sync, hover, inlay hints, quick fixes, code lens and no pull diagnostics", () => {
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ["quickfix", "refactor.rewrite"], resolveProvider: true });
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
    assert.equal(caps.diagnosticProvider, undefined, "no pull capability declared: the server pushes");
    assert.equal(init.serverInfo?.name, "rnnlens");
  });

  it("asks the editor for the rnnlens settings after initialized", async () => {
    await client.waitFor(() => client.configurationRequests.some((r) => r.includes("rnnlens")), DEADLINE_MS, "workspace/configuration");
  });

  it("publishes an empty set for the correct tutorial, for version 1", async () => {
    const p = await client.diagnostics(uri, { version: 1 });
    assert.deepEqual(p.diagnostics, []);
  });

  it("an incremental change that breaks h0 publishes hidden-size-mismatch for that version, with range, code, source, link and related information", async () => {
    const since = client.mark;
    // h0's first size: 2 -> 3 (one-character incremental edit)
    const at = positionOf(client.text(uri), "randn(2, 3, 20);", { delta: 6 });
    const v = await client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: "3" }]);
    const p = await client.diagnostics(uri, { version: v, since });
    assert.equal(p.version, v);
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const d = p.diagnostics[0] as Diagnostic;
    assert.equal(d.code, "hidden-size-mismatch");
    assert.equal(d.source, "rnnlens");
    assert.equal(d.severity, 1);
    assert.match(messageOf(d), /^Expected hidden\[0\] size \(2, 3, 20\), got \[3, 3, 20\]/);
    assert.ok(d.codeDescription?.href.endsWith("#hidden-size-mismatch"), d.codeDescription?.href);
    // The range is the h0 argument of the forward call.
    assert.deepEqual(d.range, rangeOf(client.text(uri), "h0", 1));
    // Related: the constructor argument that set the expectation (num_layers = 2).
    const rel = d.relatedInformation ?? [];
    assert.ok(rel.length >= 1, "relatedInformation");
    assert.equal(rel[0]?.location.uri, uri);
    assert.equal(textIn(client.text(uri), rel[0]!.location.range), "2");
    assert.equal(rel[0]?.location.range.start.line, 2);
    assert.match(rel[0]?.message ?? "", /num_layers/);
  });

  it("quick fix: the code action's WorkspaceEdit, applied by the client and sent as didChange, makes the diagnostic go away", async () => {
    const before = client.latest(uri);
    assert.ok(before && before.diagnostics.length === 1);
    const diag = before.diagnostics[0] as Diagnostic;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], only: ["quickfix"] } });
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const fix = actions[0] as CodeAction;
    assert.equal(fix.kind, "quickfix");
    assert.equal(fix.title, "Change the size to (2, 3, 20)");
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics?.[0]?.code, "hidden-size-mismatch");
    assert.ok(fix.edit?.changes?.[uri], "edit for this document");
    const since = client.mark;
    const versions = await client.applyEdit(fix.edit!);
    assert.match(client.text(uri), /const h0 = torch\.randn\(2, 3, 20\);/);
    const p = await client.diagnostics(uri, { version: versions.get(uri)!, since });
    assert.deepEqual(p.diagnostics, []);
  });

  it("no quick fix where there is no diagnostic", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: rangeOf(client.text(uri), "const lstm"), context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
  });

  it("stale diagnostics never remain: a burst of edits that breaks and fixes input ends with an empty set for the last version", async () => {
    const since = client.mark;
    let v = 0;
    for (let i = 0; i < 6; i++) {
      // input's feature size: 10 -> 11 (error) -> 10 (fixed) ..., without waiting in between
      v = await client.replace(uri, i % 2 === 0 ? "torch.randn(5, 3, 10)" : "torch.randn(5, 3, 11)", i % 2 === 0 ? "torch.randn(5, 3, 11)" : "torch.randn(5, 3, 10)");
    }
    const p = await client.diagnostics(uri, { version: v, since });
    assert.deepEqual(p.diagnostics, []);
    // Everything published after the last version's set belongs to it: a request round trip
    // later, the newest set is still the last version's, and empty.
    await hover(uri, "lstm");
    const last = client.latest(uri);
    assert.equal(last?.version, v);
    assert.deepEqual(last?.diagnostics, []);
    // Versions only move forward.
    const versions = client.published(uri).map((x) => x.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  });

  it("an error then a one-character fix: the error appears for its version, and the fix's version is empty", async () => {
    let since = client.mark;
    let v = await client.replace(uri, "torch.randn(5, 3, 10)", "torch.randn(5, 3, 7)");
    let p = await client.diagnostics(uri, { version: v, since });
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]?.code, "input-size-mismatch");
    assert.equal(messageOf(p.diagnostics[0]!), "input.size(-1) must be equal to input_size. Expected 10, got 7");
    assert.deepEqual(p.diagnostics[0]?.range, rangeOf(client.text(uri), "input", 1));
    assert.equal(textIn(client.text(uri), p.diagnostics[0]!.relatedInformation![0]!.location.range), "10");
    since = client.mark;
    v = await client.replace(uri, "torch.randn(5, 3, 7)", "torch.randn(5, 3, 10)");
    p = await client.diagnostics(uri, { version: v, since });
    assert.deepEqual(p.diagnostics, []);
  });

  it("hover on a tensor shows its shape with dim names, on its declaration and on a use", async () => {
    assert.match(markdown(await hover(uri, "input")), /input: Tensor\[seq=5, batch=3, 10\]/);
    assert.match(markdown(await hover(uri, "input", 1)), /input: Tensor\[seq=5, batch=3, 10\]/);
    assert.match(markdown(await hover(uri, "output")), /output: Tensor\[seq=5, batch=3, 20\]/);
    assert.match(markdown(await hover(uri, "hn")), /hn: Tensor\[layers=2, batch=3, 20\]/);
  });

  it("hover on a module shows its config, the shapes it expects and its parameters", async () => {
    const md = markdown(await hover(uri, "lstm", 1));
    assert.match(md, /lstm: LSTM\(10, 20, num_layers=2\)/);
    assert.match(md, /\*\*Expects\*\*/);
    assert.match(md, /input \(seq_len, batch, input_size\): Tensor\[seq, batch, 10\]/);
    assert.match(md, /h0 \(num_layers \* num_directions, batch, hidden_size\): Tensor\[2, batch, 20\]/);
    assert.match(md, /c0 .*Tensor\[2, batch, 20\]/);
    assert.match(md, /\*\*Parameters \(5920\)\*\*/);
    assert.match(md, /weight_ih_l0 \[80, 10\]/);
    assert.match(md, /bias_hh_l1 \[80\]/);
    const gru = markdown(await hover(uri, "gru"));
    assert.match(gru, /GRU\(10, 20, num_layers=2, batch_first=true, bidirectional=true\)/);
    assert.match(gru, /hx .*Tensor\[4, batch, 20\]/);
    assert.match(gru, /weight_ih_l0_reverse \[60, 10\]/);
  });

  it("hover on a forward call shows each result's shape and what its dims mean", async () => {
    const h = await hover(uri, "forward");
    const md = markdown(h);
    assert.match(md, /\*\*Returns\*\*/);
    assert.match(md, /output: Tensor\[seq=5, batch=3, 20\] — \(seq_len, batch, num_directions \* hidden_size\)/);
    assert.match(md, /h_n: Tensor\[layers=2, batch=3, 20\]/);
    assert.match(md, /c_n: Tensor\[layers=2, batch=3, 20\]/);
    assert.ok(h?.range, "hover range");
  });

  it("hover where there is nothing to say answers null", async () => {
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(h, null);
  });

  it("inlay hints: the shape after each tensor-valued declaration, inside the requested range", async () => {
    const all = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
    const text = client.text(uri);
    const byName = new Map(all.map((h) => [textIn(text, { start: { line: h.position.line, character: 0 }, end: h.position }).split(/\s+/).pop() ?? "", h.label]));
    assert.equal(byName.get("input"), ": [5, 3, 10]");
    assert.equal(byName.get("h0"), ": [2, 3, 20]");
    assert.equal(byName.get("c0"), ": [2, 3, 20]");
    assert.ok(all.every((h) => h.kind === 1), "type hints");
    const line3 = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 80 } } });
    assert.deepEqual(line3.map((h) => h.label), [": [5, 3, 10]"]);
    assert.deepEqual(line3[0]?.position, positionOf(text, "input", { delta: 5 }));
  });

  it("code lens: one per recurrent constructor (LSTM, GRU, LSTMCell; not Linear), running rnnlens.runCellOnSampleInput", async () => {
    const lenses = await client.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri } });
    const text = client.text(uri);
    assert.deepEqual(lenses.map((l) => textIn(text, l.range).replace(/\(.*/s, "")), ["new nn.LSTM", "new nn.GRU", "new nn.LSTMCell"]);
    for (const l of lenses) {
      assert.equal(l.command?.command, "rnnlens.runCellOnSampleInput");
      assert.match(l.command?.title ?? "", /Run on sample input/);
      assert.deepEqual(l.command?.arguments, [uri, l.range.start]);
    }
  });

  describe("rnnlens/runCell", () => {
    const run = (needle: string, nth = 0, extra: Record<string, unknown> = {}) =>
      client.request<RunCellResponse>("rnnlens/runCell", { textDocument: { uri }, position: positionOf(client.text(uri), needle, { nth, delta: 2 }), ...extra });

    it("on a constructor: the module's config, sample input from the default dims, results and time", async () => {
      const r = await run("new nn.LSTM");
      assert.equal(r.found, true);
      assert.equal(r.ok, true);
      assert.equal(r.module?.kind, "LSTM");
      assert.equal(r.module?.config, "LSTM(10, 20, num_layers=2)");
      assert.equal(r.module?.parameterCount, 5920);
      assert.deepEqual(r.dims, { seq: 5, batch: 3 });
      assert.deepEqual(r.inputs?.[0]?.shape, [5, 3, 10]);
      assert.deepEqual(r.results?.map((x) => [x.name, x.shape]), [["output", [5, 3, 20]], ["h_n", [2, 3, 20]], ["c_n", [2, 3, 20]]]);
      assert.equal(r.results?.[0]?.values.length, 300);
      assert.ok(r.results?.[0]?.values.every((x) => Number.isFinite(x)));
      assert.equal(typeof r.timeMs, "number");
      assert.equal(r.shapesMatchInferred, true);
    });

    it("on the variable holding the module (declaration and use), with dims", async () => {
      const decl = await run("lstm", 0, { dims: { seq: 7, batch: 2 } });
      assert.equal(decl.found, true);
      assert.deepEqual(decl.dims, { seq: 7, batch: 2 });
      assert.deepEqual(decl.inputs?.[0]?.shape, [7, 2, 10]);
      assert.deepEqual(decl.results?.[0]?.shape, [7, 2, 20]);
      const use = await run("lstm", 1, { seed: 3 });
      assert.equal(use.found, true);
      assert.equal(use.module?.kind, "LSTM");
    });

    it("on a forward call: runs on the call's inferred inputs", async () => {
      const r = await run("forward");
      assert.equal(r.found, true);
      assert.equal(r.ok, true);
      assert.deepEqual(r.inputs?.map((x) => [x.name, x.shape]), [["input", [5, 3, 10]], ["h0", [2, 3, 20]], ["c0", [2, 3, 20]]]);
      assert.deepEqual(r.results?.[0]?.shape, [5, 3, 20]);
      assert.equal(r.shapesMatchInferred, true);
    });

    it("on a bidirectional batch-first GRU with dims", async () => {
      const r = await run("new nn.GRU", 0, { dims: { batch: 4, seq: 6 } });
      assert.deepEqual(r.inputs?.[0]?.shape, [4, 6, 10]);
      assert.deepEqual(r.results?.map((x) => x.shape), [[4, 6, 40], [4, 4, 20]]);
    });

    it("on nothing: found false with a message", async () => {
      const r = await client.request<RunCellResponse>("rnnlens/runCell", { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.equal(r.found, false);
      assert.equal(typeof r.message, "string");
    });
  });

  it("non-TypeScript documents are not analyzed (empty diagnostics, no hover)", async () => {
    const md = fileUri(`${DIR}/notes.md`);
    await client.open(md, "const x = torch.randn(5, 3, 7); new nn.LSTM(10, 20).forward(x);\n", "markdown");
    const p = await client.diagnostics(md, { version: 1 });
    assert.deepEqual(p.diagnostics, []);
    assert.equal(await client.request("textDocument/hover", { textDocument: { uri: md }, position: { line: 0, character: 7 } }), null);
    await client.close(md);
  });

  it("JavaScript documents and script-style globals are checked", async () => {
    const js = fileUri(`${DIR}/script.js`);
    await client.open(js, "const lstm = new nn.GRU(4, 8);\nconst [o, h] = lstm.forward(torch.randn(2, 3, 5));\n", "javascript");
    const p = await client.diagnostics(js, { version: 1 });
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["input-size-mismatch"]);
    await client.close(js);
  });

  it("closing a document clears its diagnostics", async () => {
    const bad = fileUri(`${DIR}/bad.ts`);
    await client.open(bad, 'import { torch, nn } from "rnnlens";\nconst l = new nn.LSTM(10, 20);\nl.forward(torch.randn(5, 3, 7));\n');
    const p = await client.diagnostics(bad, { version: 1 });
    assert.equal(p.diagnostics.length, 1);
    const since = client.mark;
    await client.close(bad);
    const cleared = await client.diagnostics(bad, { since });
    assert.deepEqual(cleared.diagnostics, []);
    // Nothing about a closed document is answered any more.
    assert.equal(await client.request("textDocument/hover", { textDocument: { uri: bad }, position: { line: 1, character: 7 } }), null);
  });

  it("reports rnnlens/status with the error and warning counts", async () => {
    const status = client.received.filter((r) => r.method === "rnnlens/status").pop();
    assert.ok(status, "a status notification");
    assert.deepEqual(status.params, { state: "ready", errors: 0, warnings: 0, incomplete: [] });
  });

  it("shutdown then exit: the process ends with code 0", async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
    assert.equal(client.stderr, "");
  });
});

describe("LSP over stdio: a burst of edits", { timeout: 120_000 }, () => {
  before(() => ensureServerBuilt());

  it("edits that arrive together collapse into few checks of the newest text (newer edits supersede older ones)", async () => {
    const g = generateModelFile(600);
    const site = g.sites[0]!;
    const c = new LspClient();
    try {
      await c.initialize();
      const uri = fileUri(`${DIR}/burst.ts`);
      await c.open(uri, g.text);
      const initial = await c.diagnostics(uri, { version: 1, timeoutMs: 30_000 });
      assert.ok(!initial.diagnostics.some((d) => d.code === "input-size-mismatch"));
      const since = c.mark;
      const at = positionAt(g.text, site.offset);
      let v = 0;
      // 20 one-character edits written back to back: "16" -> "1611111111111111111111"
      for (let i = 0; i < 20; i++) v = await c.change(uri, [{ range: { start: { line: at.line, character: at.character + i }, end: { line: at.line, character: at.character + i } }, text: "1" }]);
      const last = await c.diagnostics(uri, { version: v, since, timeoutMs: 30_000 });
      assert.ok(last.diagnostics.some((d) => d.code === "input-size-mismatch"), "the newest text's error");
      const publishes = c.received.slice(since).filter((r) => r.method === "textDocument/publishDiagnostics").length;
      // Typically 2 (the first edit, then the rest at once); before the fix, 20.
      assert.ok(publishes <= 10, `${publishes} publishes for 20 edits sent together`);
      assert.equal(await c.shutdown(), 0);
    } finally {
      c.dispose();
    }
  });
});

describe("LSP over stdio: exit without shutdown", { timeout: 120_000 }, () => {
  before(() => ensureServerBuilt());

  it("exits with code 1, as the protocol says", async () => {
    const c = new LspClient();
    try {
      await c.initialize();
      await c.conn.sendNotification("exit");
      assert.equal(await withDeadline(c.exited, DEADLINE_MS, "exit"), 1);
    } finally {
      c.dispose();
    }
  });

  it("exits when the client's end of stdin closes", async () => {
    const c = new LspClient();
    try {
      await c.initialize();
      c.proc.stdin.end();
      await withDeadline(c.exited, DEADLINE_MS, "exit after stdin closed");
    } finally {
      c.dispose();
    }
  });
});
