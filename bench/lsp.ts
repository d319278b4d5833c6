/**
 * Language server benchmark (`npm run bench:lsp`): drives the built `dist/server.js` over stdio
 * as an editor would, on a generated ~2,000-line file of models (bench/generate.ts), and prints:
 *
 * - didChange -> publishDiagnostics latency (p50/p95/p99/max) over N one-character edits,
 *   alternately typing and deleting a digit inside a number literal (two edit sites in three
 *   change the diagnostics, the third does not);
 * - hover round trip (p50/p95) on tensors, modules and forward calls of the settled file;
 * - cold start: spawn -> first publishDiagnostics of the opened file (median of several spawns);
 * - RSS of the server process after the first 100 edits and after all N (and every 100 between);
 * - baselines measured in the same run, with ratios: the same round trips on a 20-line file, and
 *   TypeScript's own `ts.createSourceFile` of the 2,000-line file (and `ts.updateSourceFile` of
 *   one character, what an incremental parse costs);
 * - the Python row: the same edits and hovers on a generated ~2,000-line PyTorch file
 *   (bench/generate-python.ts) in its own server, and its cold start — didOpen of the `.py` file
 *   -> its first publishDiagnostics in a fresh server, which includes loading the Python parser
 *   (the server starts loading it after `initialized` in a workspace with Python files, else on
 *   the first Python document) — with ratios against the TypeScript row. Each server's workspace
 *   folder is a project of its language (a folder with one file of it on disk);
 * - the notebook row: a generated 100-cell notebook (bench/generate-notebook.ts, the Python row's
 *   models cut into cells) opened through notebook sync, then N one-character edits of encoder
 *   constructors in its middle cells (each breaks or mends the next cell's call): didChange ->
 *   the diagnostics of every affected cell (the last publish of that check, which the server
 *   ends with its status notification), with ratios against the Python file row of the same run.
 *
 * Figures only: no pass/fail. Targets from the issue are printed next to the figures.
 *
 * Options: --edits N (default 1000), --lines N (default 2000), --cold N (cold starts, default 5),
 * --profile (run the main servers, TypeScript and Python, with --cpu-prof and print where their
 * time went), --no-python (leave the Python and notebook rows out), --no-notebook (leave the
 * notebook row out), --notebook-only (only the notebook row and its baseline, the Python file's
 * edits), --cells N (the notebook's code cells, default 100), --heap (also
 * run the same edits through the analysis core in this process and print its live heap after a
 * full GC — RSS alone mixes garbage and V8's heap sizing with retained memory), --json (also
 * print the figures as one JSON line), --cold-only (only the cold starts, TypeScript's and Python's
 * alternating, with their medians and ratio: the quick way to measure a change to start-up).
 */
import { readFileSync, readdirSync, rmSync, mkdtempSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ts from "typescript";
import { Workspace } from "../server/analysis/workspace";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Position } from "vscode-languageserver-protocol";
import { cellUri, fileUri, LspClient, SERVER_JS, type Received } from "../test/lsp/client";
import { generateModelFile, generateSmallFile, type GeneratedFile } from "./generate";
import { generateNotebook, type GeneratedNotebook } from "./generate-notebook";
import { generatePythonModelFile } from "./generate-python";

// ---------------------------------------------------------------------------------------------
// options and small helpers

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const EDITS = option("edits", 1000);
const LINES = option("lines", 2000);
const COLD_RUNS = option("cold", 5);
const PROFILE = process.argv.includes("--profile");
const HEAP = process.argv.includes("--heap");
const JSON_OUT = process.argv.includes("--json");
const PYTHON = !process.argv.includes("--no-python");
const NOTEBOOK_ONLY = process.argv.includes("--notebook-only");
const NOTEBOOK = NOTEBOOK_ONLY || (PYTHON && !process.argv.includes("--no-notebook"));
const CELLS = option("cells", 100);
const COLD_ONLY = process.argv.includes("--cold-only");
const WAIT_MS = 60_000;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
const median = (v: readonly number[]) => quantile(v, 0.5);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (kb: number) => (kb / 1024).toFixed(1);

/** Resident set size of a process in kB (Linux /proc), or NaN. */
function rssKb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process has used, in ms (Linux /proc; 100 ticks a second), or NaN. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

interface Site {
  readonly position: Position;
  readonly after: Position;
}

/** Edit positions of a generated file (the text returns to the original after each type/delete pair). */
function sitesOf(g: GeneratedFile): Site[] {
  const doc = TextDocument.create("x", "typescript", 0, g.text);
  return g.sites.map((s) => {
    const position = doc.positionAt(s.offset);
    return { position, after: { line: position.line, character: position.character + 1 } };
  });
}

async function startServer(nodeArgs: string[] = [], language: Language = "typescript"): Promise<LspClient> {
  const c = new LspClient({ nodeArgs, rootUri: fileUri(projectFolder(language)) });
  await c.initialize();
  return c;
}

/** N one-character edits (type a digit, delete it, next site...): didChange -> publishDiagnostics latencies. */
async function typeAndDelete(c: LspClient, uri: string, g: GeneratedFile, n: number, onEdit?: (k: number) => void): Promise<{ latencies: number[]; diagnosticCounts: Set<number> }> {
  const sites = sitesOf(g);
  const latencies: number[] = [];
  const diagnosticCounts = new Set<number>();
  for (let k = 0; k < n; k++) {
    const site = sites[Math.floor(k / 2) % sites.length] as Site;
    const change = k % 2 === 0 ? { range: { start: site.position, end: site.position }, text: "1" } : { range: { start: site.position, end: site.after }, text: "" };
    const since = c.mark;
    const t0 = performance.now();
    const v = await c.change(uri, [change]);
    await c.diagnostics(uri, { version: v, since, timeoutMs: WAIT_MS });
    // When the publish arrived (not when this continuation ran).
    const published = c.received.slice(since).find((r) => r.method === "textDocument/publishDiagnostics" && (r.params as { uri: string; version?: number }).uri === uri && (r.params as { version?: number }).version === v);
    latencies.push((published?.at ?? performance.now()) - t0);
    diagnosticCounts.add(c.latest(uri)?.diagnostics.length ?? -1);
    onEdit?.(k + 1);
  }
  return { latencies, diagnosticCounts };
}

async function hovers(c: LspClient, uri: string, g: GeneratedFile, rounds: number): Promise<{ latencies: number[]; answered: number }> {
  const doc = TextDocument.create("x", "typescript", 0, g.text);
  const latencies: number[] = [];
  let answered = 0;
  for (let r = 0; r < rounds; r++) {
    for (const off of g.hoverOffsets) {
      const t0 = performance.now();
      const h = await c.request("textDocument/hover", { textDocument: { uri }, position: doc.positionAt(off) }, WAIT_MS);
      latencies.push(performance.now() - t0);
      if (h) answered++;
    }
  }
  return { latencies, answered };
}

type Language = "typescript" | "python";
const EXTENSION: Record<Language, string> = { typescript: ".ts", python: ".py" };

/**
 * The workspace folder each server is started with: a project of the benchmark's language, holding
 * one file of it on disk (the server preloads the Python parser in a workspace with Python files,
 * and must not in a TypeScript one).
 */
function projectFolder(language: Language): string {
  const folder = `/tmp/rnnlens-bench/${language}-project`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `model${EXTENSION[language]}`), language === "python" ? "import torch\n" : 'import { torch } from "rnnlens";\n');
  return folder;
}

/** What the server logs when it has loaded the Python parser (server/lsp/server.ts). */
const PARSER_LOADED = /Python parser loaded in (\d+) ms/;

interface ColdStart {
  readonly total: number;
  readonly init: number;
  readonly firstCheck: number;
  /** The server's own time for loading the Python parser (from its log); NaN for TypeScript. */
  readonly parserMs: number;
  readonly rssKb: number;
  readonly cpu: number;
}

/** Spawn -> first publishDiagnostics for the opened file (and the parts of it). */
async function coldStart(g: GeneratedFile, language: Language = "typescript"): Promise<ColdStart> {
  const uri = fileUri(`${projectFolder(language)}/models${EXTENSION[language]}`);
  const c = new LspClient({ rootUri: fileUri(projectFolder(language)) });
  try {
    await c.initialize();
    const initialized = performance.now();
    await c.open(uri, g.text, language);
    const p = await c.diagnostics(uri, { version: 1, timeoutMs: WAIT_MS });
    void p;
    const at = c.received.find((r) => r.method === "textDocument/publishDiagnostics" && (r.params as { uri: string }).uri === uri)?.at ?? performance.now();
    const rss = rssKb(c.proc.pid);
    const cpu = cpuMs(c.proc.pid);
    const log = c.received.map((r) => (r.method === "window/logMessage" ? PARSER_LOADED.exec((r.params as { message: string }).message) : null)).find((m) => m);
    await c.shutdown(WAIT_MS);
    return { total: at - c.spawnedAt, init: initialized - c.spawnedAt, firstCheck: at - initialized, parserMs: log ? Number(log[1]) : NaN, rssKb: rss, cpu };
  } finally {
    c.dispose();
  }
}

interface MainRun {
  readonly initialDiagnostics: number;
  readonly edits: { latencies: number[]; diagnosticCounts: Set<number> };
  readonly rss: { edits: number; kb: number }[];
  readonly cpuPerEdit: number;
  readonly hover: { latencies: number[]; answered: number };
  readonly cpuPerHover: number;
  /** The server's CPU profile summary, with --profile. */
  readonly profile: string[] | null;
}

/** Opens the file in a fresh server, then N one-character edits and two rounds of hovers. */
async function mainRun(g: GeneratedFile, language: Language): Promise<MainRun> {
  const uri = fileUri(`${projectFolder(language)}/models${EXTENSION[language]}`);
  const profileDir = PROFILE ? mkdtempSync(join(tmpdir(), "rnnlens-bench-prof-")) : null;
  const c = await startServer(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [], language);
  await c.open(uri, g.text, language);
  const first = await c.diagnostics(uri, { version: 1, timeoutMs: WAIT_MS });
  const rss: { edits: number; kb: number }[] = [{ edits: 0, kb: rssKb(c.proc.pid) }];
  const cpu0 = cpuMs(c.proc.pid);
  const edits = await typeAndDelete(c, uri, g, EDITS, (k) => {
    if (k % 100 === 0) rss.push({ edits: k, kb: rssKb(c.proc.pid) });
  });
  const cpu1 = cpuMs(c.proc.pid);
  const hover = await hovers(c, uri, g, 2);
  const cpu2 = cpuMs(c.proc.pid);
  await c.shutdown(WAIT_MS);
  c.dispose();
  let profile: string[] | null = null;
  if (profileDir) {
    const files = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"));
    profile = [`CPU profile of the ${language} server (${files[0] ?? "none"}):`, ...(files[0] ? summarizeProfile(join(profileDir, files[0])) : [])];
    rmSync(profileDir, { recursive: true, force: true });
  }
  return { initialDiagnostics: first.diagnostics.length, edits, rss, cpuPerEdit: (cpu1 - cpu0) / EDITS, hover, cpuPerHover: (cpu2 - cpu1) / hover.latencies.length, profile };
}

/** TypeScript's own parse of the file: full, and incremental for a one-character edit. */
function typescriptParse(g: GeneratedFile): { full: number; incremental: number } {
  const parse = () => ts.createSourceFile("models.ts", g.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  for (let i = 0; i < 5; i++) parse();
  const full: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    parse();
    full.push(performance.now() - t0);
  }
  const incremental: number[] = [];
  let sf = parse();
  const site = g.sites[0];
  if (site) {
    for (let i = 0; i < 40; i++) {
      const insert = i % 2 === 0;
      const text = insert ? sf.text.slice(0, site.offset) + "1" + sf.text.slice(site.offset) : sf.text.slice(0, site.offset) + sf.text.slice(site.offset + 1);
      const range = insert ? ts.createTextChangeRange(ts.createTextSpan(site.offset, 0), 1) : ts.createTextChangeRange(ts.createTextSpan(site.offset, 1), 0);
      const t0 = performance.now();
      sf = ts.updateSourceFile(sf, text, range);
      if (i >= 10) incremental.push(performance.now() - t0);
    }
  }
  return { full: median(full), incremental: median(incremental) };
}

/**
 * The same edits through the analysis core in this process (as the server configures it), with
 * the live heap after a full GC every 100 edits: what the core retains, without V8's sizing.
 */
function coreLiveHeap(g: GeneratedFile, n: number): { edits: number; mb: number }[] {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const w = new Workspace({ maxSteps: 400_000, maxFileSize: 1_000_000 });
  const file = "/tmp/rnnlens-bench/heap/models.ts";
  let text = g.text;
  w.setText(file, text, 1);
  w.analyze(file);
  const out: { edits: number; mb: number }[] = [];
  for (let k = 0; k < n; k++) {
    const s = g.sites[Math.floor(k / 2) % g.sites.length];
    if (!s) break;
    text = k % 2 === 0 ? text.slice(0, s.offset) + "1" + text.slice(s.offset) : text.slice(0, s.offset) + text.slice(s.offset + 1);
    w.setText(file, text, k + 2);
    w.analyze(file);
    if ((k + 1) % 100 === 0) {
      gc();
      gc();
      out.push({ edits: k + 1, mb: process.memoryUsage().heapUsed / 1048576 });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CPU profile summary (--profile)

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive milliseconds of the server's phases, and the top self-time functions. */
function summarizeProfile(file: string): string[] {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode) => n.callFrame.functionName || "(anonymous)";
  const incl = new Map<string, number>();
  const self = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n) continue;
    if (name(n) !== "(idle)") busy += us;
    self.set(name(n), (self.get(name(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const k = name(byId.get(x) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const phases: [string, string][] = [
    ["check", "whole check (analysis + conversion + send)"],
    ["analyze", "Workspace.analyze"],
    ["updateSourceFile", "  ts.updateSourceFile (incremental parse)"],
    ["lowerIncrementally", "  lowerIncrementally (TS AST -> IR, changed statements)"],
    ["parsePython", "  parsePython (tree-sitter, incremental)"],
    ["lowerPython", "  lowerPython (Python tree -> IR)"],
    ["run", "  Interpreter.run (memoized units)"],
    ["LineMap", "  LineMap (line starts, whole file)"],
    ["diagnostics", "LSP: findings -> Diagnostic[]"],
    ["sendDiagnostics", "LSP: sendDiagnostics"],
    ["hoverAt", "hoverAt"],
    ["bestFacts", "  bestFacts (all facts, per query)"],
    ["(garbage collector)", "garbage collector"],
  ];
  const out = [`  busy CPU ${ms(busy / 1000)} ms in the profiled server; inclusive time by phase:`];
  for (const [k, label] of phases.filter(([k]) => incl.has(k))) out.push(`    ${label.padEnd(48)} ${ms((incl.get(k) ?? 0) / 1000).padStart(8)} ms  ${((100 * (incl.get(k) ?? 0)) / busy).toFixed(1).padStart(5)}%`);
  out.push("  top self time:");
  const where = new Map<string, string>();
  for (const n of p.nodes) if (!where.has(name(n)) && n.callFrame.url) where.set(name(n), `${n.callFrame.url.replace(/^.*\//, "")}:${n.callFrame.lineNumber + 1}`);
  for (const [k, us] of [...self].filter(([k]) => k !== "(idle)").sort((a, b) => b[1] - a[1]).slice(0, 12)) out.push(`    ${`${k} ${where.get(k) ?? ""}`.padEnd(48)} ${ms(us / 1000).padStart(8)} ms  ${((100 * us) / busy).toFixed(1).padStart(5)}%`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// the Python row

interface TypeScriptFigures {
  readonly p50: number;
  readonly p95: number;
  readonly hp50: number;
  readonly hp95: number;
  readonly cpuPerEdit: number;
  readonly cpuPerHover: number;
  /** didOpen -> first publish of the TypeScript file in a fresh server (median). */
  readonly coldFirstCheck: number;
}

/** The Python row's figures, with the issue's targets and ratios against TypeScript's of the same run. */
function pythonRows(run: MainRun, colds: readonly ColdStart[], g: GeneratedFile, t: TypeScriptFigures): { rows: [string, string, string][]; json: Record<string, number | number[]> } {
  const lat = run.edits.latencies;
  const p50 = median(lat);
  const p95 = quantile(lat, 0.95);
  const hp50 = median(run.hover.latencies);
  const hp95 = quantile(run.hover.latencies, 0.95);
  const firstCheck = median(colds.map((x) => x.firstCheck));
  const parserMs = median(colds.map((x) => x.parserMs));
  const target = (ok: boolean) => (ok ? "met" : "MISSED");
  const ratio = (py: number, ts: number) => `${(py / ts).toFixed(2)}x TypeScript's`;
  const rows: [string, string, string][] = [
    [`Python: didChange -> publishDiagnostics p50 (${EDITS} edits, ${g.lines} lines)`, `${ms(p50)} ms`, ratio(p50, t.p50)],
    [`Python: didChange -> publishDiagnostics p95`, `${ms(p95)} ms`, `target <= 25 ms: ${target(p95 <= 25)}; ${ratio(p95, t.p95)}`],
    [`Python: didChange -> publishDiagnostics p99 / max`, `${ms(quantile(lat, 0.99))} / ${ms(Math.max(...lat))} ms`, ""],
    [`Python:   server CPU time per edit (mean)`, `${ms(run.cpuPerEdit)} ms`, ratio(run.cpuPerEdit, t.cpuPerEdit)],
    [`Python: hover p50 / p95 (${run.hover.latencies.length} hovers, ${run.hover.answered} with content)`, `${ms(hp50)} / ${ms(hp95)} ms`, `target p95 <= 5 ms: ${target(hp95 <= 5)}; p95 ${ratio(hp95, t.hp95)}`],
    [`Python:   server CPU time per hover (mean)`, `${ms(run.cpuPerHover)} ms`, ratio(run.cpuPerHover, t.cpuPerHover)],
    [`Python: cold start: didOpen -> first publish, parser loading included (median of ${colds.length})`, `${ms(firstCheck)} ms`, `target <= 300 ms: ${target(firstCheck <= 300)}; ${ratio(firstCheck, t.coldFirstCheck)} (didOpen -> publish)`],
    [`Python:   of which the parser's loading, as the server logs it (median)`, `${ms(parserMs)} ms`, `min..max ${ms(Math.min(...colds.map((x) => x.parserMs)))}..${ms(Math.max(...colds.map((x) => x.parserMs)))} ms`],
    [`Python:   spawn -> first publish (median)`, `${ms(median(colds.map((x) => x.total)))} ms`, `server CPU until then ${ms(median(colds.map((x) => x.cpu)))} ms`],
  ];
  return {
    rows,
    json: { editP50: p50, editP95: p95, editP99: quantile(lat, 0.99), cpuPerEdit: run.cpuPerEdit, hoverP50: hp50, hoverP95: hp95, cpuPerHover: run.cpuPerHover, coldFirstCheck: firstCheck, coldFirstChecks: colds.map((x) => x.firstCheck), parserMs: colds.map((x) => x.parserMs) },
  };
}

// ---------------------------------------------------------------------------------------------
// the notebook row

interface NotebookRun {
  /** didChange -> the last cell publish of the check it caused. */
  readonly latencies: number[];
  /** Cells sent diagnostics per edit. */
  readonly cellsSent: number[];
  /** Diagnostics over all cells after the first check. */
  readonly initialDiagnostics: number;
  readonly cpuPerEdit: number;
  readonly sites: number;
}

/** The index of the first `rnnlens/status` at or after `since` (the server sends it after a check's publishes). */
function statusAt(c: LspClient, since: number): number | undefined {
  for (let i = since; i < c.received.length; i++) if ((c.received[i] as Received).method === "rnnlens/status") return i;
  return undefined;
}

/** Opens the notebook in a fresh server, then N one-character edits in its middle cells. */
async function notebookRun(nb: GeneratedNotebook): Promise<NotebookRun> {
  // In a Python project, as the Python file row's server.
  const uri = fileUri(`${projectFolder("python")}/models.ipynb`);
  const cells = nb.cells.map((text, i) => ({ uri: cellUri(uri, i), text }));
  const c = await startServer([], "python");
  await c.openNotebook(uri, cells);
  await c.waitFor(() => statusAt(c, 0), WAIT_MS, "the notebook's first check");
  const initialDiagnostics = cells.reduce((n, cell) => n + (c.latest(cell.uri)?.diagnostics.length ?? 0), 0);
  const third = nb.cells.length / 3;
  const sites = nb.sites.filter((s) => s.cell >= third && s.cell < 2 * third);
  if (sites.length === 0) throw new Error("the notebook has no edit site in its middle cells");
  const latencies: number[] = [];
  const cellsSent: number[] = [];
  const cpu0 = cpuMs(c.proc.pid);
  for (let k = 0; k < EDITS; k++) {
    const site = sites[Math.floor(k / 2) % sites.length] as (typeof sites)[number];
    const cell = cells[site.cell] as (typeof cells)[number];
    const position = TextDocument.create("x", "python", 0, nb.cells[site.cell] as string).positionAt(site.offset);
    const change = k % 2 === 0 ? { range: { start: position, end: position }, text: "1" } : { range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: "" };
    const since = c.mark;
    const t0 = performance.now();
    const v = await c.editCell(uri, cell.uri, [change]);
    const end = await c.waitFor(() => statusAt(c, since), WAIT_MS, `the check after edit ${k}`);
    const publishes = c.received.slice(since, end).filter((r) => r.method === "textDocument/publishDiagnostics");
    const own = publishes.find((r) => (r.params as { uri: string; version?: number }).uri === cell.uri && (r.params as { version?: number }).version === v);
    if (!own) throw new Error(`edit ${k}: the edited cell was not sent its diagnostics for version ${v}`);
    latencies.push((publishes[publishes.length - 1] as Received).at - t0);
    cellsSent.push(publishes.length);
  }
  const cpuPerEdit = (cpuMs(c.proc.pid) - cpu0) / EDITS;
  await c.shutdown(WAIT_MS);
  c.dispose();
  return { latencies, cellsSent, initialDiagnostics, cpuPerEdit, sites: sites.length };
}

/** The notebook row's figures, with the issue's target and ratios against the Python file row of the same run. */
function notebookRows(run: NotebookRun, nb: GeneratedNotebook, py: MainRun): { rows: [string, string, string][]; json: Record<string, number> } {
  const lat = run.latencies;
  const p50 = median(lat);
  const p95 = quantile(lat, 0.95);
  const pyP50 = median(py.edits.latencies);
  const pyP95 = quantile(py.edits.latencies, 0.95);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x the Python file's`;
  const rows: [string, string, string][] = [
    [`Notebook: didChange -> affected cells' diagnostics p50 (${EDITS} edits, ${nb.cells.length} cells, ${nb.lines} lines)`, `${ms(p50)} ms`, ratio(p50, pyP50)],
    [`Notebook: didChange -> affected cells' diagnostics p95`, `${ms(p95)} ms`, `target <= 25 ms: ${p95 <= 25 ? "met" : "MISSED"}; ${ratio(p95, pyP95)}`],
    [`Notebook: didChange -> affected cells' diagnostics p99 / max`, `${ms(quantile(lat, 0.99))} / ${ms(Math.max(...lat))} ms`, ""],
    [`Notebook:   server CPU time per edit (mean)`, `${ms(run.cpuPerEdit)} ms`, ratio(run.cpuPerEdit, py.cpuPerEdit)],
    [`Notebook:   cells sent diagnostics per edit (min..max)`, `${Math.min(...run.cellsSent)}..${Math.max(...run.cellsSent)}`, `${run.sites} edit sites in the middle cells; ${run.initialDiagnostics} diagnostics at open`],
  ];
  return { rows, json: { editP50: p50, editP95: p95, editP99: quantile(lat, 0.99), editMax: Math.max(...lat), cpuPerEdit: run.cpuPerEdit, cells: nb.cells.length, lines: nb.lines } };
}

function printRows(rows: readonly [string, string, string][]): void {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, note] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${note}`);
}

/** `--notebook-only`: the Python file's edits (the baseline), then the notebook's. */
async function notebookOnly(): Promise<void> {
  const py = generatePythonModelFile(LINES);
  const nb = generateNotebook(CELLS);
  const load0 = loadavg();
  console.log(`RNN Lens language server benchmark, notebook row only: ${SERVER_JS}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; notebook: ${nb.cells.length} code cells, ${nb.lines} lines; baseline Python file: ${py.lines} lines`);
  const pyRun = await mainRun(py, "python");
  const nbRun = await notebookRun(nb);
  const pyLat = pyRun.edits.latencies;
  const rows: [string, string, string][] = [
    [`Python file: didChange -> publishDiagnostics p50 / p95 (${EDITS} edits, ${py.lines} lines)`, `${ms(median(pyLat))} / ${ms(quantile(pyLat, 0.95))} ms`, "the baseline"],
    [`Python file:   server CPU time per edit (mean)`, `${ms(pyRun.cpuPerEdit)} ms`, ""],
  ];
  const notebook = notebookRows(nbRun, nb, pyRun);
  rows.push(...notebook.rows);
  const load1 = loadavg();
  console.log(`load average (1 min) at start / end: ${load0[0]?.toFixed(2)} / ${load1[0]?.toFixed(2)} — wall-clock figures stretch when the machine is busy; CPU times less so`);
  console.log("");
  printRows(rows);
  if (JSON_OUT) console.log(JSON.stringify({ node: process.version, edits: EDITS, loadAverage: [load0[0], load1[0]], python: { editP50: median(pyLat), editP95: quantile(pyLat, 0.95), cpuPerEdit: pyRun.cpuPerEdit }, notebook: notebook.json }));
}

/** `--cold-only`: the cold starts alone, TypeScript and Python alternating (as in the full run). */
async function coldOnly(): Promise<void> {
  const big = generateModelFile(LINES);
  const py = generatePythonModelFile(LINES);
  const load0 = loadavg();
  console.log(`RNN Lens language server benchmark, cold starts only: ${SERVER_JS}`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; TypeScript file: ${big.lines} lines; Python file: ${py.lines} lines`);
  const colds: ColdStart[] = [];
  const pyColds: ColdStart[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    colds.push(await coldStart(big));
    pyColds.push(await coldStart(py, "python"));
  }
  const tsFirst = median(colds.map((x) => x.firstCheck));
  const pyFirst = median(pyColds.map((x) => x.firstCheck));
  const all = (cs: readonly ColdStart[]) => cs.map((x) => ms(x.firstCheck)).join(" ");
  const load1 = loadavg();
  console.log(`load average (1 min) at start / end: ${load0[0]?.toFixed(2)} / ${load1[0]?.toFixed(2)}`);
  console.log("");
  printRows([
    [`TypeScript: didOpen -> first publish (median of ${colds.length})`, `${ms(tsFirst)} ms`, `all: ${all(colds)}; spawn -> publish ${ms(median(colds.map((x) => x.total)))} ms`],
    [`Python:     didOpen -> first publish, parser loading included (median of ${pyColds.length})`, `${ms(pyFirst)} ms`, `target <= 300 ms: ${pyFirst <= 300 ? "met" : "MISSED"}; ${(pyFirst / tsFirst).toFixed(2)}x TypeScript's; all: ${all(pyColds)}`],
    [`Python:       of which the parser's loading, as the server logs it (median)`, `${ms(median(pyColds.map((x) => x.parserMs)))} ms`, `spawn -> publish ${ms(median(pyColds.map((x) => x.total)))} ms; server CPU until then ${ms(median(pyColds.map((x) => x.cpu)))} ms`],
  ]);
  if (JSON_OUT) console.log(JSON.stringify({ node: process.version, loadAverage: [load0[0], load1[0]], typescript: colds.map((x) => x.firstCheck), python: pyColds.map((x) => x.firstCheck), parserMs: pyColds.map((x) => x.parserMs) }));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (NOTEBOOK_ONLY) {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} does not exist: run \`node scripts/build.mjs --no-typecheck\` first (npm run bench:lsp does)`);
    return notebookOnly();
  }
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} does not exist: run \`node scripts/build.mjs --no-typecheck\` first (npm run bench:lsp does)`);
  if (COLD_ONLY) return coldOnly();
  const big = generateModelFile(LINES);
  const py = generatePythonModelFile(LINES);
  const small = generateSmallFile();
  const smallUri = fileUri("/tmp/rnnlens-bench/small.ts");
  console.log(`RNN Lens language server benchmark: ${SERVER_JS}`);
  const load0 = loadavg();
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs; generated file: ${big.lines} lines, ${big.text.length} characters, ${big.sites.length} edit sites, ${big.hoverOffsets.length} hover positions`);
  if (PYTHON) console.log(`generated Python file: ${py.lines} lines, ${py.text.length} characters, ${py.sites.length} edit sites, ${py.hoverOffsets.length} hover positions`);

  // Cold starts first, while nothing else runs; TypeScript and Python alternate so that the
  // machine's drift moves both alike.
  const colds: ColdStart[] = [];
  const pyColds: ColdStart[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    colds.push(await coldStart(big));
    if (PYTHON) pyColds.push(await coldStart(py, "python"));
  }

  // Baseline: the same round trips on a 20-line file, in its own server.
  const base = await startServer();
  await base.open(smallUri, small.text);
  await base.diagnostics(smallUri, { version: 1, timeoutMs: WAIT_MS });
  await typeAndDelete(base, smallUri, small, 20);
  const baseEdits = await typeAndDelete(base, smallUri, small, 200);
  const baseHover = await hovers(base, smallUri, small, 200);
  await base.shutdown(WAIT_MS);
  base.dispose();

  const parse = typescriptParse(big);

  // The main runs: TypeScript, then Python, each in its own server.
  const tsRun = await mainRun(big, "typescript");
  const pyRun = PYTHON ? await mainRun(py, "python") : null;
  const nb = NOTEBOOK ? generateNotebook(CELLS) : null;
  const nbRun = nb ? await notebookRun(nb) : null;
  const { edits, rss, hover, cpuPerEdit, cpuPerHover } = tsRun;

  const lat = edits.latencies;
  const p50 = median(lat);
  const p95 = quantile(lat, 0.95);
  const hp50 = median(hover.latencies);
  const hp95 = quantile(hover.latencies, 0.95);
  const bp50 = median(baseEdits.latencies);
  const bp95 = quantile(baseEdits.latencies, 0.95);
  const bh95 = quantile(baseHover.latencies, 0.95);
  const cold = median(colds.map((x) => x.total));
  const rss100 = rss.find((r) => r.edits === 100)?.kb ?? NaN;
  const rssEnd = rss[rss.length - 1]?.kb ?? NaN;
  const target = (ok: boolean) => (ok ? "met" : "MISSED");

  const rows: [string, string, string][] = [
    [`didChange -> publishDiagnostics p50 (${EDITS} edits, ${big.lines} lines)`, `${ms(p50)} ms`, ""],
    [`didChange -> publishDiagnostics p95`, `${ms(p95)} ms`, `target <= 25 ms: ${target(p95 <= 25)}`],
    [`didChange -> publishDiagnostics p99 / max`, `${ms(quantile(lat, 0.99))} / ${ms(Math.max(...lat))} ms`, ""],
    [`  server CPU time per edit (mean, all threads; steadier than wall time)`, `${ms(cpuPerEdit)} ms`, ""],
    [`hover p50 / p95 (${hover.latencies.length} hovers, ${hover.answered} with content)`, `${ms(hp50)} / ${ms(hp95)} ms`, `target p95 <= 5 ms: ${target(hp95 <= 5)}`],
    [`  server CPU time per hover (mean)`, `${ms(cpuPerHover)} ms`, ""],
    [`cold start: spawn -> first publishDiagnostics (median of ${COLD_RUNS})`, `${ms(cold)} ms`, `target <= 1000 ms: ${target(cold <= 1000)}`],
    [`  spawn -> initialize answered / didOpen -> publish (medians)`, `${ms(median(colds.map((x) => x.init)))} / ${ms(median(colds.map((x) => x.firstCheck)))} ms`, `min..max total ${ms(Math.min(...colds.map((x) => x.total)))}..${ms(Math.max(...colds.map((x) => x.total)))} ms`],
    [`  server CPU time until the first publish (median)`, `${ms(median(colds.map((x) => x.cpu)))} ms`, ""],
    [`server RSS after 100 edits -> after ${EDITS}`, `${mb(rss100)} -> ${mb(rssEnd)} MB`, `growth ${(rssEnd - rss100 >= 0 ? "+" : "") + mb(rssEnd - rss100)} MB (${(((rssEnd - rss100) / rss100) * 100).toFixed(1)}%)`],
    [`baseline: same round trip on a ${small.lines}-line file p50 / p95`, `${ms(bp50)} / ${ms(bp95)} ms`, `ratio p50 ${(p50 / bp50).toFixed(1)}x, p95 ${(p95 / bp95).toFixed(1)}x`],
    [`baseline: hover p95 on the ${small.lines}-line file`, `${ms(bh95)} ms`, `ratio ${(hp95 / bh95).toFixed(1)}x`],
    [`baseline: ts.createSourceFile of the ${big.lines}-line file (median)`, `${ms(parse.full)} ms`, `edit p50 = ${(p50 / parse.full).toFixed(1)}x a full TS parse`],
    [`baseline: ts.updateSourceFile, one character (median)`, `${ms(parse.incremental)} ms`, `edit p50 = ${(p50 / parse.incremental).toFixed(1)}x an incremental TS parse`],
  ];
  const python = pyRun ? pythonRows(pyRun, pyColds, py, { p50, p95, hp50, hp95, cpuPerEdit, cpuPerHover, coldFirstCheck: median(colds.map((x) => x.firstCheck)) }) : null;
  if (python) rows.push(...python.rows);
  const notebook = nb && nbRun && pyRun ? notebookRows(nbRun, nb, pyRun) : null;
  if (notebook) rows.push(...notebook.rows);
  const load1 = loadavg();
  console.log(`load average (1 min) at start / end: ${load0[0]?.toFixed(2)} / ${load1[0]?.toFixed(2)} — wall-clock figures stretch when the machine is busy; CPU times less so`);
  console.log("");
  printRows(rows);
  console.log("");
  console.log(`diagnostics per publish during the edits: ${[...edits.diagnosticCounts].sort((a, b) => a - b).join(", ")} (initial: ${tsRun.initialDiagnostics})`);
  if (pyRun) console.log(`Python: diagnostics per publish during the edits: ${[...pyRun.edits.diagnosticCounts].sort((a, b) => a - b).join(", ")} (initial: ${pyRun.initialDiagnostics}); RSS every 100 edits (MB): ${pyRun.rss.map((r) => `${r.edits}:${mb(r.kb)}`).join(" ")}`);
  console.log(`RSS every 100 edits (MB): ${rss.map((r) => `${r.edits}:${mb(r.kb)}`).join(" ")}`);
  console.log(`cold-start RSS (MB, after the first check): ${colds.map((x) => mb(x.rssKb)).join(" ")}`);

  if (HEAP) {
    const live = coreLiveHeap(big, EDITS);
    console.log(`analysis core in-process, live heap after GC every 100 edits (MB): ${live.map((r) => `${r.edits}:${r.mb.toFixed(1)}`).join(" ")}`);
  }

  for (const run of [tsRun, pyRun]) {
    if (!run?.profile) continue;
    console.log("");
    for (const l of run.profile) console.log(l);
  }

  if (JSON_OUT) {
    console.log(
      JSON.stringify({
        node: process.version,
        lines: big.lines,
        edits: EDITS,
        loadAverage: [load0[0], load1[0]],
        editP50: p50,
        cpuPerEdit,
        cpuPerHover,
        editP95: p95,
        editP99: quantile(lat, 0.99),
        hoverP50: hp50,
        hoverP95: hp95,
        coldStartMedian: cold,
        coldStarts: colds.map((x) => x.total),
        coldStartCpu: colds.map((x) => x.cpu),
        rssKb: rss,
        baselineEditP50: bp50,
        baselineEditP95: bp95,
        baselineHoverP95: bh95,
        tsParseFull: parse.full,
        tsParseIncremental: parse.incremental,
        python: python?.json ?? null,
        notebook: notebook?.json ?? null,
      }),
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
