/**
 * `npm run bench:analyzer`: how fast the analysis core is, with baselines measured in the same
 * run. Prints figures and ratios; asserts nothing.
 *
 *  - cold analysis of a generated 2,000-line model file (fresh workspace each time);
 *  - re-analysis after a one-character edit (typing and deleting a digit in a size literal);
 *  - baseline: TypeScript's own parse of the same file (ts.createSourceFile), and its
 *    incremental reparse for the same edit (ts.updateSourceFile);
 *  - the Python row: the same on a generated 2,000-line PyTorch file (bench/generate-python.ts)
 *    after `await loadPythonParser()`, with the tree-sitter parse of the same text (full, and
 *    incremental for the same edits) as its baseline and ratios against the TypeScript row; and
 *    the parser's cold start on its own (WebAssembly init + grammar load + first parse), each in
 *    a fresh process (bench/python-parser-cold.ts).
 * The CLI's throughput on a 1,000-file workspace is measured by bench/cli.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ts from "typescript";
import { loadPythonParser, parsePython, type PythonTree } from "../server/analysis/frontends/python";
import { diffTexts } from "../server/analysis/incremental";
import { Workspace } from "../server/analysis/workspace";
import { generateModelFile, type GeneratedFile } from "./generate";
import { generatePythonModelFile } from "./generate-python";

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const file = generateModelFile(2000);
const path = "/bench/models.ts";
const edits = file.sites.filter((s) => s.changesDiagnostics).slice(0, 40);
const COLD_RUNS = 15;
const EDITS = 400;

// Warm up the JIT on both the analyzer and the baseline, then measure.
for (let i = 0; i < 3; i++) {
  const ws = new Workspace();
  ws.setText(path, file.text);
  ws.analyze(path);
  ts.createSourceFile(path, file.text, ts.ScriptTarget.Latest, false);
}

const cold: number[] = [];
const parse: number[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  const ws = new Workspace();
  ws.setText(path, file.text);
  cold.push(time(() => ws.analyze(path)));
  parse.push(time(() => ts.createSourceFile(path, file.text, ts.ScriptTarget.Latest, false)));
}

const ws = new Workspace();
ws.setText(path, file.text);
const first = ws.analyze(path);
const edit: number[] = [];
const reparse: number[] = [];
let text = file.text;
let sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
for (let i = 0; i < EDITS; i++) {
  // Type a digit after the literal, then delete it again on the next edit of the same site (as
  // bench/lsp.ts does: typing at every site first would shift the later sites' offsets).
  const site = edits[Math.floor(i / 2) % edits.length];
  if (!site) break;
  const typing = i % 2 === 0;
  const next = typing ? text.slice(0, site.offset) + "1" + text.slice(site.offset) : text.slice(0, site.offset) + text.slice(site.offset + 1);
  const range = ts.createTextChangeRange(ts.createTextSpan(site.offset, typing ? 0 : 1), typing ? 1 : 0);
  const prevSf = sf;
  reparse.push(time(() => {
    sf = ts.updateSourceFile(prevSf, next, range);
  }));
  text = next;
  edit.push(time(() => {
    ws.setText(path, text);
    ws.analyze(path);
  }));
}

const fmt = (x: number) => `${x.toFixed(2)} ms`;
const row = (name: string, value: string, note = "") => console.log(`${name.padEnd(48)} ${value.padStart(12)}  ${note}`);
console.log(`RNN Lens analyzer benchmark — ${file.lines} lines, ${file.text.length} characters, ${first.findings.length} diagnostics, node ${process.version}`);
row("cold analysis, median", fmt(percentile(cold, 50)), `(${COLD_RUNS} runs)`);
row("  baseline: ts.createSourceFile, median", fmt(percentile(parse, 50)), `ratio ${(percentile(cold, 50) / percentile(parse, 50)).toFixed(2)}x`);
row("one-character edit re-analysis, p50", fmt(percentile(edit, 50)), `(${edit.length} edits)`);
row("one-character edit re-analysis, p95", fmt(percentile(edit, 95)), "target < 10 ms");
row("  baseline: ts.updateSourceFile, p50", fmt(percentile(reparse, 50)), `ratio ${(percentile(edit, 50) / percentile(reparse, 50)).toFixed(1)}x`);

// ---------------------------------------------------------------------------------------------
// The Python row

const tsFigures = { cold: percentile(cold, 50), editP50: percentile(edit, 50), editP95: percentile(edit, 95) };
const vsTs = (py: number, tsValue: number) => `${(py / tsValue).toFixed(2)}x TypeScript's`;

/** Cold analysis and one-character edits of a Python file, and tree-sitter's parse of the same texts. */
function pythonAnalysis(g: GeneratedFile): { cold: number[]; parse: number[]; edit: number[]; reparse: number[]; findings: number } {
  const file = "/bench/models.py";
  const sites = g.sites.filter((s) => s.changesDiagnostics).slice(0, 40);
  for (let i = 0; i < 3; i++) {
    const ws = new Workspace();
    ws.setText(file, g.text);
    ws.analyze(file);
    parsePython(g.text, null, null)?.delete();
  }
  const coldRuns: number[] = [];
  const parseRuns: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const ws = new Workspace();
    ws.setText(file, g.text);
    coldRuns.push(time(() => ws.analyze(file)));
    ws.close(file);
    let tree: PythonTree | null = null;
    parseRuns.push(time(() => {
      tree = parsePython(g.text, null, null);
    }));
    (tree as PythonTree | null)?.delete();
  }
  const ws = new Workspace();
  ws.setText(file, g.text);
  const findings = ws.analyze(file).findings.length;
  const editRuns: number[] = [];
  const reparseRuns: number[] = [];
  let current = g.text;
  let tree = parsePython(current, null, null);
  for (let i = 0; i < EDITS; i++) {
    const site = sites[Math.floor(i / 2) % sites.length];
    if (!site || !tree) break;
    const typing = i % 2 === 0;
    const next = typing ? current.slice(0, site.offset) + "1" + current.slice(site.offset) : current.slice(0, site.offset) + current.slice(site.offset + 1);
    const old: { tree: PythonTree; text: string } = { tree, text: current };
    const change = diffTexts(current, next);
    reparseRuns.push(time(() => {
      tree = parsePython(next, old, change);
    }));
    current = next;
    editRuns.push(time(() => {
      ws.setText(file, current);
      ws.analyze(file);
    }));
  }
  (tree as PythonTree | null)?.delete();
  return { cold: coldRuns, parse: parseRuns, edit: editRuns, reparse: reparseRuns, findings };
}

interface ParserColdStart {
  readonly init: number;
  readonly language: number;
  readonly firstParse: number;
  readonly secondParse: number;
}

/** The parser's cold start in `runs` fresh processes (bench/python-parser-cold.ts). */
function parserColdStarts(g: GeneratedFile, runs: number): ParserColdStart[] {
  const dir = mkdtempSync(join(tmpdir(), "rnnlens-bench-py-"));
  try {
    const file = join(dir, "models.py");
    writeFileSync(file, g.text);
    const out: ParserColdStart[] = [];
    for (let i = 0; i < runs; i++) {
      const line = execFileSync(process.execPath, ["--import", "tsx", join(__dirname, "python-parser-cold.ts"), file], { encoding: "utf8" });
      out.push(JSON.parse(line.trim()) as ParserColdStart);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pythonRow(): Promise<void> {
  const g = generatePythonModelFile(2000);
  // Measured first, before this process has loaded anything of tree-sitter.
  const starts = parserColdStarts(g, 5);
  const loadStart = performance.now();
  await loadPythonParser();
  const loadMs = performance.now() - loadStart;
  const py = pythonAnalysis(g);
  const median = (f: (s: ParserColdStart) => number) => percentile(starts.map(f), 50);
  const total = (s: ParserColdStart) => s.init + s.language + s.firstParse;
  console.log("");
  console.log(`Python — ${g.lines} lines, ${g.text.length} characters, ${py.findings} diagnostics`);
  row("cold analysis, median", fmt(percentile(py.cold, 50)), `(${COLD_RUNS} runs) ${vsTs(percentile(py.cold, 50), tsFigures.cold)}`);
  row("  baseline: tree-sitter parse, median", fmt(percentile(py.parse, 50)), `ratio ${(percentile(py.cold, 50) / percentile(py.parse, 50)).toFixed(2)}x`);
  row("one-character edit re-analysis, p50", fmt(percentile(py.edit, 50)), `(${py.edit.length} edits) ${vsTs(percentile(py.edit, 50), tsFigures.editP50)}`);
  row("one-character edit re-analysis, p95", fmt(percentile(py.edit, 95)), vsTs(percentile(py.edit, 95), tsFigures.editP95));
  row("  baseline: tree-sitter incremental parse, p50", fmt(percentile(py.reparse, 50)), `ratio ${(percentile(py.edit, 50) / percentile(py.reparse, 50)).toFixed(1)}x`);
  row("parser cold start: init + grammar + first parse", fmt(median(total)), `(median of ${starts.length} fresh processes; ${starts.map((s) => total(s).toFixed(0)).join(", ")} ms)`);
  row("  WebAssembly runtime init (Parser.init)", fmt(median((s) => s.init)), "");
  row("  grammar load (Language.load + setLanguage)", fmt(median((s) => s.language)), "");
  row("  first parse of the file / a second parse", `${median((s) => s.firstParse).toFixed(2)} / ${median((s) => s.secondParse).toFixed(2)} ms`, "");
  row("  (loadPythonParser() in this process)", fmt(loadMs), "runtime init + grammar, after the TypeScript row");
}

pythonRow().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
