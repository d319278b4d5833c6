/**
 * Refactors benchmark (`npm run bench:refactors`): what the refactors cost, each figure with a
 * baseline measured in the same run.
 *
 * - Chunk first load: in fresh Node processes that have already loaded TypeScript (as the
 *   server has), `require("dist/refactors.js")` with the TypeScript handed over; the baseline is
 *   the same process's `require("typescript")`. Median of --loads N (default 7).
 * - Per edit, in this process, on a generated ~2,000-line model file (bench/generate.ts): N
 *   one-character edits (a digit typed and deleted at the file's edit sites); after each, the
 *   incremental analysis (the baseline: what every edit costs anyway), the offers at a recurrent
 *   constructor in the middle of the file (what each code action request adds), and the rewrite
 *   of each offer by the built chunk (ts-morph parses the file, then the edits), warm.
 * - Over LSP, the built server over stdio with the same file open: a code action request at the
 *   constructor (the baseline), the first codeAction/resolve (loads the chunk), and later
 *   resolves (median of --resolves N, default 20).
 *
 * Figures only: no pass/fail. Options: --edits N (default 200), --lines N (default 2000),
 * --loads N, --resolves N, --json.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ts from "typescript";
import type { ClientCapabilities, CodeAction } from "vscode-languageserver-protocol";
import { refactorOffers, type AnyRefactorOffer } from "../server/analysis/refactors/registry";
import type { RefactorEdit } from "../server/analysis/refactors/types";
import { Workspace } from "../server/analysis/workspace";
import { shareTypeScript } from "../server/refactors/host-typescript";
import { ensureServerBuilt, fileUri, LspClient, positionAt, PUSH_CAPABILITIES, ROOT } from "../test/lsp/client";
import { generateModelFile } from "./generate";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const EDITS = option("edits", 200);
const LINES = option("lines", 2000);
const LOADS = option("loads", 7);
const RESOLVES = option("resolves", 20);
const JSON_OUT = process.argv.includes("--json");
const CHUNK = join(ROOT, "dist", "refactors.js");

function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const median = (v: readonly number[]) => quantile(v, 0.5);
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

/** Cold loads of the chunk, each in a fresh process that has TypeScript loaded already. */
function chunkLoads(): { chunk: number[]; typescript: number[] } {
  const script = `
    const { performance } = require("node:perf_hooks");
    let t = performance.now();
    const ts = require(${JSON.stringify(join(ROOT, "node_modules", "typescript"))});
    const tsMs = performance.now() - t;
    globalThis[Symbol.for("rnnlens.refactors.typescript")] = ts;
    t = performance.now();
    require(${JSON.stringify(CHUNK)});
    console.log(JSON.stringify({ tsMs, chunkMs: performance.now() - t }));`;
  const chunk: number[] = [];
  const typescript: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const { tsMs, chunkMs } = JSON.parse(r.stdout) as { tsMs: number; chunkMs: number };
    chunk.push(chunkMs);
    typescript.push(tsMs);
  }
  return { chunk, typescript };
}

interface Rewriting {
  rewrite(fileName: string, text: string, offer: AnyRefactorOffer): readonly RefactorEdit[] | null;
}

/** The generated file's `const encoder<k> = new nn.X(...)` in the middle block: where the offers are asked for. */
function targetOffset(text: string, k: number): number {
  const at = text.indexOf(`const encoder${k} = new nn.`);
  if (at < 0) throw new Error(`no encoder${k}`);
  return at + `const encoder${k} = new nn.`.length;
}

function perEdit(text0: string, sites: readonly { offset: number }[], middle: number) {
  shareTypeScript(ts);
  const chunk = createRequire(import.meta.url)(CHUNK) as Rewriting;
  const path = join(tmpdir(), "rnnlens-bench-refactors", "models.ts");
  const ws = new Workspace();
  let version = 1;
  ws.setText(path, text0, version);
  ws.analyze(path);
  const analysis: number[] = [];
  const offers: number[] = [];
  const rewrites = new Map<string, number[]>();
  let text = text0;
  for (let i = 0; i < EDITS + 10; i++) {
    // Type a digit at a site, then delete it: the text alternates like an editor's.
    const site = sites[Math.floor(i / 2) % sites.length];
    if (!site) throw new Error("no edit sites");
    text = i % 2 === 0 ? text0.slice(0, site.offset) + "1" + text0.slice(site.offset) : text0;
    let t = performance.now();
    ws.setText(path, text, ++version);
    const a = ws.analyze(path);
    const tAnalysis = performance.now() - t;
    const sf = ws.syntaxTree(path, a.text);
    if (!sf) throw new Error("no syntax tree");
    const at = targetOffset(text, middle);
    t = performance.now();
    const found = refactorOffers({ analysis: a, sourceFile: sf, range: { start: at, end: at } });
    const tOffers = performance.now() - t;
    if (found.length === 0) throw new Error("no offer at the encoder");
    const tRewrites: [string, number][] = [];
    for (const o of found) {
      t = performance.now();
      const edits = chunk.rewrite(path, text, o);
      tRewrites.push([o.title, performance.now() - t]);
      if (!edits) throw new Error(`${o.title}: no edit`);
    }
    if (i < 10) continue; // warm-up
    analysis.push(tAnalysis);
    offers.push(tOffers);
    for (const [title, v] of tRewrites) rewrites.set(title, [...(rewrites.get(title) ?? []), v]);
  }
  return { analysis, offers, rewrites };
}

const RESOLVING: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  textDocument: {
    ...PUSH_CAPABILITIES.textDocument,
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "refactor", "refactor.rewrite"] } }, dataSupport: true, resolveSupport: { properties: ["edit"] } },
  },
};

async function overLsp(text: string, middle: number) {
  ensureServerBuilt();
  const client = new LspClient({ capabilities: RESOLVING });
  try {
    await client.initialize();
    const uri = fileUri(join(tmpdir(), "rnnlens-bench-refactors", "models.ts"));
    await client.open(uri, text);
    await client.diagnostics(uri, { version: 1, timeoutMs: 60_000 });
    const p = positionAt(text, targetOffset(text, middle));
    const params = { textDocument: { uri }, range: { start: p, end: p }, context: { diagnostics: [] } };
    const list = async () => {
      const t = performance.now();
      const actions = await client.request<CodeAction[]>("textDocument/codeAction", params);
      const action = actions.find((a) => a.kind === "refactor.rewrite");
      if (!action) throw new Error("no refactor offered over LSP");
      return { action, ms: performance.now() - t };
    };
    const resolve = async (action: CodeAction) => {
      const t = performance.now();
      const r = await client.request<CodeAction>("codeAction/resolve", action, 60_000);
      if (!r.edit) throw new Error("resolve gave no edit");
      return performance.now() - t;
    };
    const first = await list();
    const firstResolve = await resolve(first.action);
    const listing: number[] = [first.ms];
    const later: number[] = [];
    for (let i = 0; i < RESOLVES; i++) {
      const l = await list();
      listing.push(l.ms);
      later.push(await resolve(l.action));
    }
    return { listing, firstResolve, later };
  } finally {
    client.dispose();
  }
}

async function main(): Promise<void> {
  const file = generateModelFile(LINES);
  const blocks = (file.text.match(/const encoder\d+ = /g) ?? []).length;
  const middle = Math.floor(blocks / 2);
  const load0 = loadavg();
  console.log(`RNN Lens refactors benchmark: ${CHUNK}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; file: ${file.lines} lines, ${blocks} blocks; offers at encoder${middle}`);
  const loads = chunkLoads();
  const edits = perEdit(file.text, file.sites, middle);
  const lsp = await overLsp(file.text, middle);
  const load1 = loadavg();
  console.log(`load average (1 min) at start / end: ${load0[0]?.toFixed(2)} / ${load1[0]?.toFixed(2)}`);
  console.log("");
  const a50 = median(edits.analysis);
  const rows: [string, string, string][] = [
    [`chunk first load (median of ${LOADS} fresh processes)`, `${ms(median(loads.chunk))} ms`, `${ratio(median(loads.chunk), median(loads.typescript))} TypeScript's own require (${ms(median(loads.typescript))} ms)`],
    [`incremental analysis per edit p50 / p95 (${EDITS} edits)`, `${ms(a50)} / ${ms(quantile(edits.analysis, 0.95))} ms`, "the baseline"],
    [`offers at a constructor per request p50 / p95`, `${ms(median(edits.offers))} / ${ms(quantile(edits.offers, 0.95))} ms`, `${ratio(median(edits.offers), a50)} the analysis`],
  ];
  for (const [title, v] of edits.rewrites) rows.push([`rewrite "${title}" (warm) p50 / p95`, `${ms(median(v))} / ${ms(quantile(v, 0.95))} ms`, `${ratio(median(v), a50)} the analysis`]);
  const l50 = median(lsp.listing);
  rows.push(
    [`LSP: code actions at the constructor, round trip p50`, `${ms(l50)} ms`, "the LSP baseline"],
    [`LSP: first codeAction/resolve (loads the chunk)`, `${ms(lsp.firstResolve)} ms`, `${ratio(lsp.firstResolve, l50)} the code action request`],
    [`LSP: later resolves p50 / p95 (${RESOLVES})`, `${ms(median(lsp.later))} / ${ms(quantile(lsp.later, 0.95))} ms`, `${ratio(median(lsp.later), l50)} the code action request`],
  );
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, note] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${note}`);
  if (JSON_OUT) console.log(JSON.stringify({ node: process.version, loadAverage: [load0[0], load1[0]], chunkLoad: median(loads.chunk), typescriptLoad: median(loads.typescript), analysis: a50, offers: median(edits.offers), rewrites: Object.fromEntries([...edits.rewrites].map(([k, v]) => [k, median(v)])), lspList: l50, lspFirstResolve: lsp.firstResolve, lspLaterResolve: median(lsp.later) }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
