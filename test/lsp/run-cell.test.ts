// Run Cell in the language server over stdio: the size guard (rnnlens.runCell.maxMemoryMB), the
// run on a worker thread (hovers and diagnostics answered while a long run goes on), work-done
// progress through the request's workDoneToken, and `$/cancelRequest` ending a run.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type Hover, type MarkupContent, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from "vscode-languageserver-protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, positionOf } from "./client";

const DIR = "/tmp/rnnlens-lsp-run-cell";
const TEXT = `import { torch, nn } from "rnnlens";
const lstm = new nn.LSTM(256, 256, 2);
const x = torch.randn(2000, 16, 256);
const [out, state] = lstm.forward(x);
const huge = new nn.LSTM(20000, 20000);
const medium = new nn.LSTM(256, 256);
const probe = torch.randn(5, 3, 256);
`;

interface RunCellAnswer {
  found: boolean;
  ok: boolean;
  inputs: { name: string; shape: number[] }[];
  results: { name: string; shape: number[]; values: number[] }[];
  kernels: string;
  tooLarge?: { message: string; limitMB: number; estimate: { parameters: number; totalBytes: number; flops: number; seconds: number } } | null;
}

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** The `$/progress` values the server sent for `token` since `since` (a `mark`). */
function progressOf(client: LspClient, token: string, since: number): ProgressValue[] {
  return client.received
    .slice(since)
    .filter((r) => r.method === "$/progress" && (r.params as { token: unknown }).token === token)
    .map((r) => (r.params as { value: ProgressValue }).value);
}

describe("LSP over stdio: Run Cell on a worker thread", { timeout: 120_000 }, () => {
  let client: LspClient;
  const uri = fileUri(`${DIR}/model.ts`);
  const at = (needle: string, delta = 2) => positionOf(TEXT, needle, { delta });
  const runCell = (position: ReturnType<typeof at>, extra: Record<string, unknown> = {}, timeoutMs = DEADLINE_MS) =>
    client.request<RunCellAnswer>("rnnlens/runCell", { textDocument: { uri }, position, ...extra }, timeoutMs);

  before(async () => {
    ensureServerBuilt();
    // The TypeScript kernels: the long run below takes seconds on any machine.
    client = new LspClient({ settings: { rnnlens: { engine: { kernels: "typescript" } } } });
    await client.initialize();
    await client.waitFor(() => client.configurationRequests.length > 0, DEADLINE_MS, "workspace/configuration");
    await client.open(uri, TEXT);
    await client.diagnostics(uri, { version: 1 });
  });

  after(() => client.dispose());

  it("the size guard: new nn.LSTM(20000, 20000) is refused with its estimate, nothing allocated", async () => {
    const r = await runCell(at("new nn.LSTM(20000"));
    assert.equal(r.found, true);
    assert.equal(r.ok, false);
    assert.deepEqual(r.inputs, []);
    assert.ok(r.tooLarge, "tooLarge is set");
    assert.equal(r.tooLarge.limitMB, 512);
    assert.equal(r.tooLarge.estimate.parameters, 4 * 20000 * 40000 + 2 * 4 * 20000);
    assert.ok(r.tooLarge.estimate.totalBytes > 12e9);
    assert.match(r.tooLarge.message, /^This run would need about 23\.9 GB \(parameters 11\.9 GB, .*more than the 512 MB Run Cell allows.*raise rnnlens\.runCell\.maxMemoryMB\.$/);
  });

  /** New settings, applied once the server re-checked the open file with them. */
  async function reconfigure(rnnlens: Record<string, unknown>): Promise<void> {
    const since = client.mark;
    await client.configure({ rnnlens });
    await client.diagnostics(uri, { since });
  }

  it("rnnlens.runCell.maxMemoryMB sets the limit", async () => {
    const medium = at("new nn.LSTM(256, 256)", 10);
    assert.equal((await runCell(medium)).ok, true, "about 4 MB: runs at the default limit");
    await reconfigure({ engine: { kernels: "typescript" }, runCell: { maxMemoryMB: 1 } });
    try {
      const r = await runCell(medium);
      assert.equal(r.ok, false);
      assert.equal(r.tooLarge?.limitMB, 1);
      assert.match(r.tooLarge?.message ?? "", /more than the 1 MB Run Cell allows/);
    } finally {
      await reconfigure({ engine: { kernels: "typescript" } });
    }
  });

  it("progress: begin, reports and end through the request's workDoneToken, before the answer", async () => {
    const since = client.mark;
    const r = await runCell(at("new nn.LSTM(256, 256)", 10), { workDoneToken: "run-progress" });
    assert.equal(r.ok, true);
    const reports = progressOf(client, "run-progress", since);
    const begin = reports[0];
    assert.equal(begin?.kind, "begin");
    assert.equal(begin.title, "RNN Lens: Run Cell");
    assert.equal(begin.cancellable, true);
    assert.ok(reports.some((v) => v.kind === "report" && v.message === "running forward"), JSON.stringify(reports));
    assert.equal(reports[reports.length - 1]?.kind, "end", "the end arrived before the answer");
  });

  it("a long run leaves hovers and diagnostics answered at once, and $/cancelRequest ends it", async () => {
    const since = client.mark;
    const reports = () => progressOf(client, "long-run", since);
    const source = new CancellationTokenSource();
    let runAnswered = false;
    const long = client.conn.sendRequest<RunCellAnswer>("rnnlens/runCell", { textDocument: { uri }, position: at("lstm.forward", 6), workDoneToken: "long-run" }, source.token);
    const settled = long.then(
      (v) => {
        runAnswered = true;
        return v;
      },
      (e: unknown) => {
        runAnswered = true;
        throw e;
      },
    );
    // The run has started on the worker once its first report (past "begin") arrived.
    await client.waitFor(() => reports().some((v) => v.kind === "report" && v.message === "running forward"), 30_000, "the long run's progress");

    const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: at("const probe", 7) });
    assert.ok(hover, "a hover on `probe`");
    assert.match((hover.contents as MarkupContent).value, /5, 3, 256/);
    assert.equal(runAnswered, false, "the hover was answered while the run went on");

    const v = await client.replace(uri, "torch.randn(5, 3, 256)", "torch.randn(5, 3, 255)");
    await client.diagnostics(uri, { version: v });
    assert.equal(runAnswered, false, "diagnostics of an edit were published while the run went on");

    source.cancel();
    await assert.rejects(settled, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    await client.waitFor(() => reports().at(-1)?.kind === "end", DEADLINE_MS, "the end of the cancelled run's progress");

    // The cancelled run's worker is gone: a new run answers on a fresh one, with the same numbers.
    const first = await runCell(at("new nn.LSTM(256, 256)", 10));
    const second = await runCell(at("new nn.LSTM(256, 256)", 10));
    assert.equal(first.ok, true);
    assert.deepEqual(first.results[0]?.values.slice(0, 8), second.results[0]?.values.slice(0, 8));
    await client.replace(uri, "torch.randn(5, 3, 255)", "torch.randn(5, 3, 256)");
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
