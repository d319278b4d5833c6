/**
 * `npm run bench:analyzer`: how fast the analysis core is, with baselines measured in the same
 * run. Prints figures and ratios; asserts nothing.
 *
 *  - cold analysis of a generated 2,000-line model file (fresh workspace each time);
 *  - re-analysis after a one-character edit (typing and deleting a digit in a size literal);
 *  - baseline: TypeScript's own parse of the same file (ts.createSourceFile), and its
 *    incremental reparse for the same edit (ts.updateSourceFile).
 * The CLI's throughput on a 1,000-file workspace is measured by bench/cli.ts.
 */
import { performance } from "node:perf_hooks";
import ts from "typescript";
import { Workspace } from "../server/analysis/workspace";
import { generateModelFile } from "./generate";

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
  const site = edits[i % edits.length];
  if (!site) break;
  // Type a digit after the literal, then delete it again on the next edit of the same site.
  const typing = Math.floor(i / edits.length) % 2 === 0;
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
