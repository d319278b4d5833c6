// Jupyter notebooks over stdio, with the built server (dist/server.js), synced as VS Code's client
// syncs them (notebook document sync, Python cells only): the cells run in document order with one
// scope, and each cell gets its own diagnostics with cell-relative ranges. Open, edit a cell, add,
// move and delete cells, a cell that leaves the sync (its language changed) or turns markdown, an
// execution-summary-only change (nothing re-analyzed), close (everything cleared); no stale
// diagnostics on any cell URI. IPython lines never get a diagnostic nor shift a position. Hover,
// inlay hints, code lens, quick fixes and Run Cell on cell URIs; untitled notebooks and the
// Interactive Window; pulled diagnostics per cell with a refresh after each analysis.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CodeAction, CodeLens, Diagnostic, FullDocumentDiagnosticReport, Hover, InitializeResult, InlayHint, MarkupContent, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { cellUri, ensureServerBuilt, fileUri, LspClient, messageOf, positionOf, PULL_CAPABILITIES, rangeOf, textIn, type CellSpec } from "./client";

const NB = fileUri("/tmp/rnnlens-lsp-notebook/train.ipynb");
const C = [0, 1, 2, 3, 4, 5].map((i) => cellUri(NB, i));

const IMPORTS = `import torch
import torch.nn as nn
%matplotlib inline
`;
const MODEL = `lstm = nn.LSTM(10, 20, num_layers=2)
`;
// IPython lines above the call: masked at equal length, they shift nothing.
const CALL = `!nvidia-smi
files = !ls
x = torch.randn(5, 3, 12)
output, (h_n, c_n) = lstm(x)
`;
const INPUT_SIZE_MESSAGE = "input.size(-1) must be equal to input_size. Expected 10, got 12";

function cells(...texts: [number, string][]): CellSpec[] {
  return texts.map(([i, text]) => ({ uri: C[i] as string, text }));
}

/** The cell's newest diagnostics, waiting for a publish after `since`. */
async function cellDiagnostics(client: LspClient, uri: string, since: number): Promise<Diagnostic[]> {
  return (await client.diagnostics(uri, { since })).diagnostics;
}

/** Every publish after `since`, by URI (the last one each). */
function publishedSince(client: LspClient, since: number): Map<string, PublishDiagnosticsParams> {
  const out = new Map<string, PublishDiagnosticsParams>();
  for (const r of client.received.slice(since)) if (r.method === "textDocument/publishDiagnostics") out.set((r.params as PublishDiagnosticsParams).uri, r.params as PublishDiagnosticsParams);
  return out;
}

/** A request's answer: everything the server sent before it has arrived. */
async function roundTrip(client: LspClient, uri: string): Promise<void> {
  await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
}

function markdown(h: Hover | null): string {
  assert.ok(h, "expected a hover");
  return (h.contents as MarkupContent).value;
}

describe("LSP: a notebook's cells (pushed diagnostics)", { timeout: 120_000 }, () => {
  let client: LspClient;
  let init: InitializeResult;

  before(async () => {
    ensureServerBuilt();
    client = new LspClient();
    init = await client.initialize();
  });
  after(() => client.dispose());

  it("initialize declares notebook sync for Jupyter notebooks and the Interactive Window, Python cells only", () => {
    assert.deepEqual(init.capabilities.notebookDocumentSync, {
      notebookSelector: [
        { notebook: { notebookType: "jupyter-notebook" }, cells: [{ language: "python" }] },
        { notebook: { notebookType: "interactive" }, cells: [{ language: "python" }] },
      ],
    });
  });

  it("open: every cell gets its diagnostics; the error sits on the cell that has it, cell-relative, past the IPython lines", async () => {
    const since = client.mark;
    await client.openNotebook(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL]));
    const d2 = await cellDiagnostics(client, C[2]!, since);
    assert.equal(d2.length, 1, JSON.stringify(d2));
    const d = d2[0]!;
    assert.equal(d.code, "input-size-mismatch");
    assert.equal(d.source, "rnnlens");
    assert.equal(messageOf(d), INPUT_SIZE_MESSAGE);
    assert.deepEqual(d.range, rangeOf(CALL, "x", 1), "the x of lstm(x), line 3 of cell 2");
    assert.deepEqual(await cellDiagnostics(client, C[0]!, since), [], "the cell with %matplotlib: nothing");
    assert.deepEqual(await cellDiagnostics(client, C[1]!, since), []);
    assert.equal(client.published(NB).length, 0, "nothing is sent to the notebook's own URI");
  });

  it("related information points into another cell: the constructor's input_size in cell 1", async () => {
    const d = client.latest(C[2]!)?.diagnostics[0];
    const related = d?.relatedInformation ?? [];
    assert.ok(related.length > 0, JSON.stringify(d));
    assert.equal(related[0]?.location.uri, C[1]);
    assert.deepEqual(related[0]?.location.range, rangeOf(MODEL, "10"));
  });

  it("an edit in cell 1 re-checks the cells after it: cell 2's error goes away, and comes back", async () => {
    let since = client.mark;
    await client.replaceInCell(NB, C[1]!, "10", "12");
    assert.deepEqual(await cellDiagnostics(client, C[2]!, since), []);
    since = client.mark;
    await client.replaceInCell(NB, C[1]!, "12", "10");
    assert.deepEqual((await cellDiagnostics(client, C[2]!, since)).map((d) => d.code), ["input-size-mismatch"]);
  });

  it("an edit in the cell itself is sent with the cell's version", async () => {
    const since = client.mark;
    const v = await client.replaceInCell(NB, C[2]!, "randn(5, 3, 12)", "randn(5, 3, 13)");
    const p = await client.diagnostics(C[2]!, { since, version: v });
    assert.match(messageOf(p.diagnostics[0]!), /Expected 10, got 13/);
    await client.replaceInCell(NB, C[2]!, "randn(5, 3, 13)", "randn(5, 3, 12)");
    await client.diagnostics(C[2]!, { since, version: v + 1 });
  });

  it("a cell added at the end gets its own diagnostics", async () => {
    const since = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL], [3, "y = torch.randn(5, 3, 7)\nout, _ = lstm(y)\n"]));
    const d3 = await cellDiagnostics(client, C[3]!, since);
    assert.deepEqual(d3.map((d) => messageOf(d)), ["input.size(-1) must be equal to input_size. Expected 10, got 7"]);
    assert.deepEqual(d3[0]?.range.start, { line: 1, character: 14 });
  });

  it("a pure move (no cell opened or closed) re-checks: above the constructor, lstm is unknown and cell 3 is silent", async () => {
    const since = client.mark;
    const c3 = client.text(C[3]!);
    await client.setCells(NB, cells([0, IMPORTS], [3, c3], [1, MODEL], [2, CALL]));
    assert.deepEqual(await cellDiagnostics(client, C[3]!, since), []);
    await roundTrip(client, C[2]!);
    assert.equal(publishedSince(client, since).has(C[2]!), false, "cell 2's diagnostics did not change: not sent again");
    assert.deepEqual(client.latest(C[2]!)?.diagnostics.map((d) => d.code), ["input-size-mismatch"]);
  });

  it("moving it back brings its error back", async () => {
    const since = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL], [3, client.text(C[3]!)]));
    assert.equal((await cellDiagnostics(client, C[3]!, since)).length, 1);
  });

  it("deleting a cell with diagnostics clears them", async () => {
    const since = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL]));
    assert.deepEqual(await cellDiagnostics(client, C[3]!, since), []);
  });

  it("deleting the constructor's cell clears the cells that used it", async () => {
    const since = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [2, CALL]));
    assert.deepEqual(await cellDiagnostics(client, C[2]!, since), []);
    assert.deepEqual(await cellDiagnostics(client, C[1]!, since), [], "the removed cell is sent an empty list");
    const back = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL]));
    assert.equal((await cellDiagnostics(client, C[2]!, back)).length, 1);
  });

  it("a cell whose language changes leaves the sync (VS Code's client closes it): what it defined is gone", async () => {
    const since = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [2, CALL]));
    assert.deepEqual(await cellDiagnostics(client, C[2]!, since), []);
    const back = client.mark;
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL]));
    assert.equal((await cellDiagnostics(client, C[2]!, back)).length, 1);
  });

  it("a cell another client sends in another language, or as markdown, is not analyzed", async () => {
    const other = fileUri("/tmp/rnnlens-lsp-notebook/mixed.ipynb");
    const m = [0, 1, 2, 3].map((i) => cellUri(other, i));
    const since = client.mark;
    await client.openNotebook(other, [
      { uri: m[0]!, text: IMPORTS },
      { uri: m[1]!, text: MODEL.replace("lstm", "lstm_r"), language: "r" },
      { uri: m[2]!, text: "# Notes\n`lstm = nn.LSTM(3, 4)`\n", kind: "markup" },
      { uri: m[3]!, text: MODEL + CALL },
    ]);
    assert.equal((await cellDiagnostics(client, m[3]!, since)).length, 1);
    await roundTrip(client, m[3]!);
    for (const u of [m[1]!, m[2]!]) assert.deepEqual(client.latest(u)?.diagnostics ?? [], []);
    await client.closeNotebook(other);
  });

  it("an execution summary or metadata change re-analyzes nothing and sends nothing", async () => {
    await roundTrip(client, C[2]!);
    const since = client.mark;
    await client.cellData(NB, [{ kind: 2, document: C[2]!, executionSummary: { executionOrder: 1, success: true } }]);
    await client.cellData(NB, [{ kind: 2, document: C[1]!, metadata: { tags: ["x"] } }]);
    await client.notebookMetadata(NB, { custom: { kernelspec: { name: "python3" } } });
    await roundTrip(client, C[2]!);
    const after = client.received.slice(since).map((r) => r.method);
    assert.deepEqual(after.filter((m) => m === "textDocument/publishDiagnostics" || m === "rnnlens/status"), [], "no check ran");
  });

  it("a cell turned markdown (a data change of its kind) re-checks: its lstm is gone", async () => {
    const since = client.mark;
    await client.cellData(NB, [{ kind: 1, document: C[1]! }]);
    assert.deepEqual(await cellDiagnostics(client, C[2]!, since), []);
    const back = client.mark;
    await client.cellData(NB, [{ kind: 2, document: C[1]! }]);
    assert.equal((await cellDiagnostics(client, C[2]!, back)).length, 1);
  });

  it("hover on a cell: a tensor's shape; a module defined in another cell", async () => {
    const hover = (cell: string, needle: string, delta = 0, nth = 0) => client.request<Hover | null>("textDocument/hover", { textDocument: { uri: cell }, position: positionOf(client.text(cell), needle, { delta, nth }) });
    const x = await hover(C[2]!, "x = ");
    assert.match(markdown(x), /^```python\n/);
    assert.match(markdown(x), /x: Tensor\[seq=5, batch=3, 12\]/);
    assert.deepEqual(x?.range, rangeOf(CALL, "x", 0), "cell-relative");
    assert.match(markdown(await hover(C[2]!, "lstm", 1)), /lstm: LSTM\(10, 20, num_layers=2\)/);
    assert.equal(await hover(C[0]!, "%matplotlib", 2), null, "an IPython line has nothing to show");
  });

  it("inlay hints of a cell are that cell's, at cell-relative positions", async () => {
    const hints = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri: C[2]! }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.ok(hints.some((h) => h.label === ": [5, 3, 12]" && h.position.line === 2), JSON.stringify(hints));
    assert.ok(hints.every((h) => h.position.line <= 3), "nothing of another cell");
    const none = await client.request<InlayHint[]>("textDocument/inlayHint", { textDocument: { uri: C[0]! }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.deepEqual(none, []);
  });

  it("the code lens is on the constructor's cell, and runs on the cell's URI", async () => {
    const lenses = await client.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri: C[1]! } });
    assert.deepEqual(lenses.map((l) => textIn(client.text(C[1]!), l.range).replace(/\(.*/s, "")), ["nn.LSTM"]);
    assert.deepEqual(lenses[0]?.command?.arguments, [C[1], lenses[0]?.range.start]);
    assert.deepEqual(await client.request<CodeLens[]>("textDocument/codeLens", { textDocument: { uri: C[2]! } }), []);
  });

  it("Run Cell on a cell URI runs the layer (the engine, no kernel)", async () => {
    const r = await client.request<{ found: boolean; ok?: boolean; module?: { kind: string }; results?: { name: string; shape: number[] }[] }>("rnnlens/runCell", {
      textDocument: { uri: C[1]! },
      position: positionOf(MODEL, "nn.LSTM", { delta: 4 }),
    });
    assert.equal(r.found, true, JSON.stringify(r));
    assert.equal(r.ok, true);
    assert.equal(r.module?.kind, "LSTM");
    assert.deepEqual(r.results?.find((t) => t.name === "output")?.shape, [5, 3, 20]);
  });

  it("a quick fix whose edit is in another cell: h0 made in cell 4, used in cell 5", async () => {
    const since = client.mark;
    const make = "h0 = torch.zeros(3, 3, 20)\nc0 = torch.zeros(2, 3, 20)\n";
    const use = "x2 = torch.randn(5, 3, 10)\nout2, _ = lstm(x2, (h0, c0))\n";
    await client.setCells(NB, cells([0, IMPORTS], [1, MODEL], [2, CALL], [4, make], [5, use]));
    const d5 = await cellDiagnostics(client, C[5]!, since);
    assert.deepEqual(d5.map((d) => d.code), ["hidden-size-mismatch"]);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: C[5]! }, range: d5[0]!.range, context: { diagnostics: d5 } });
    assert.ok(actions.length > 0, "a quick fix is offered");
    const changes = actions[0]?.edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes), [C[4]], "the edit goes to the cell that makes h0");
    assert.deepEqual(changes[C[4]!]!.map((e) => [textIn(make, e.range), e.newText]), [["3", "2"]], "h0's layer count, in cell 4's own coordinates");
    // Applied as an editor does, the error goes away.
    const fixed = client.mark;
    await client.editCell(NB, C[4]!, changes[C[4]!]!.map((e) => ({ range: e.range, text: e.newText })));
    assert.deepEqual(await cellDiagnostics(client, C[5]!, fixed), []);
    assert.deepEqual(await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: C[2]! }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  });

  it("closing the notebook clears every cell that had diagnostics", async () => {
    const since = client.mark;
    const open = client.cells(NB);
    await client.closeNotebook(NB);
    await roundTrip(client, C[2]!);
    const sent = publishedSince(client, since);
    for (const u of open) assert.deepEqual(sent.get(u)?.diagnostics, [], `${u} cleared`);
    assert.equal(await client.request("textDocument/hover", { textDocument: { uri: C[2]! }, position: { line: 3, character: 26 } }), null, "a closed cell answers nothing");
  });

  it("an untitled notebook is checked (no file on disk)", async () => {
    const nb = "untitled:Untitled-1.ipynb";
    const u = [0, 1].map((i) => cellUri(nb, i));
    const since = client.mark;
    await client.openNotebook(nb, [{ uri: u[0]!, text: IMPORTS + MODEL }, { uri: u[1]!, text: CALL }]);
    assert.deepEqual((await cellDiagnostics(client, u[1]!, since)).map((d) => d.code), ["input-size-mismatch"]);
    await client.closeNotebook(nb);
  });

  it("the Interactive Window (notebook type interactive) is checked", async () => {
    const nb = "vscode-interactive:/Interactive-1.interactive";
    const u = [0, 1].map((i) => cellUri(nb, i));
    const since = client.mark;
    await client.openNotebook(nb, [{ uri: u[0]!, text: IMPORTS + MODEL }, { uri: u[1]!, text: CALL }], "interactive");
    assert.deepEqual((await cellDiagnostics(client, u[1]!, since)).map((d) => d.code), ["input-size-mismatch"]);
    await client.closeNotebook(nb);
  });

  it("the status counts a notebook's errors like a file's", async () => {
    const nb = fileUri("/tmp/rnnlens-lsp-notebook/status.ipynb");
    const u = [0, 1].map((i) => cellUri(nb, i));
    const since = client.mark;
    await client.openNotebook(nb, [{ uri: u[0]!, text: IMPORTS + MODEL }, { uri: u[1]!, text: CALL }]);
    await cellDiagnostics(client, u[1]!, since);
    const status = () => client.received.filter((r) => r.method === "rnnlens/status").pop()?.params as { errors: number } | undefined;
    await client.waitFor(() => status()?.errors === 1, 5_000, "one error in the status");
    await client.closeNotebook(nb);
    await client.waitFor(() => status()?.errors === 0, 5_000, "no errors once closed");
  });

  it("malformed notebook messages are ignored: a change or close of a notebook never opened, a data or text change of an unknown cell", async () => {
    const nb = fileUri("/tmp/rnnlens-lsp-notebook/robust.ipynb");
    const u = [0, 1].map((i) => cellUri(nb, i));
    await client.conn.sendNotification("notebookDocument/didChange", { notebookDocument: { uri: fileUri("/tmp/nope.ipynb"), version: 2 }, change: { cells: { textContent: [] } } });
    await client.conn.sendNotification("notebookDocument/didClose", { notebookDocument: { uri: fileUri("/tmp/nope.ipynb") }, cellTextDocuments: [] });
    const since = client.mark;
    await client.openNotebook(nb, [{ uri: u[0]!, text: IMPORTS + MODEL }, { uri: u[1]!, text: CALL }]);
    await cellDiagnostics(client, u[1]!, since);
    await client.cellData(nb, [{ kind: 2, document: cellUri(nb, 9) }]);
    await client.conn.sendNotification("notebookDocument/didChange", { notebookDocument: { uri: nb, version: 9 }, change: { cells: { textContent: [{ document: { uri: cellUri(nb, 9), version: 2 }, changes: [{ text: "x" }] }] } } });
    const h = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: u[1]! }, position: positionOf(CALL, "x = ") });
    assert.match(markdown(h), /Tensor\[seq=5, batch=3, 12\]/, "the server still answers, on the notebook as it was");
    const failures = client.received.filter((r) => r.method === "window/logMessage" && /failed/.test((r.params as { message: string }).message));
    assert.deepEqual(failures, [], "no handler failed");
    await client.closeNotebook(nb);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe("LSP: a notebook's cells (pulled diagnostics)", { timeout: 120_000 }, () => {
  let client: LspClient;
  const nb = fileUri("/tmp/rnnlens-lsp-notebook/pulled.ipynb");
  const u = [0, 1, 2].map((i) => cellUri(nb, i));
  const pull = async (uri: string): Promise<Diagnostic[]> => {
    const r = await client.request<FullDocumentDiagnosticReport>("textDocument/diagnostic", { textDocument: { uri } });
    assert.equal(r.kind, "full");
    return r.items;
  };

  before(async () => {
    ensureServerBuilt();
    client = new LspClient({ capabilities: PULL_CAPABILITIES });
    await client.initialize();
    await client.openNotebook(nb, [{ uri: u[0]!, text: IMPORTS }, { uri: u[1]!, text: MODEL }, { uri: u[2]!, text: CALL }]);
  });
  after(() => client.dispose());

  it("a pull on a cell URI answers that cell's diagnostics, cell-relative", async () => {
    const d = await pull(u[2]!);
    assert.deepEqual(d.map((x) => x.code), ["input-size-mismatch"]);
    assert.deepEqual(d[0]?.range, rangeOf(CALL, "x", 1));
    assert.equal(d[0]?.relatedInformation?.[0]?.location.uri, u[1]);
    assert.deepEqual(await pull(u[1]!), []);
  });

  it("after an edit in another cell the server asks for a refresh, and the pull is current", async () => {
    const refreshes = () => client.serverRequests.filter((m) => m === "workspace/diagnostic/refresh").length;
    const before = refreshes();
    await client.replaceInCell(nb, u[1]!, "10", "12");
    await client.waitFor(() => refreshes() > before, 5_000, "workspace/diagnostic/refresh");
    assert.deepEqual(await pull(u[2]!), []);
  });

  it("never pushes, not even on close", async () => {
    await client.closeNotebook(nb);
    await roundTrip(client, u[2]!);
    assert.equal(client.received.filter((r) => r.method === "textDocument/publishDiagnostics").length, 0);
    assert.deepEqual(await pull(u[2]!), [], "a closed cell pulls an empty report");
  });
});
