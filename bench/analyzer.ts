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
 *  - the project row: the same file in a tsconfig.json project, importing the engine (through a
 *    barrel) and ten size modules through `paths` aliases, against the same file importing them
 *    relatively, in the same run (cold analysis, and one-character edits): what resolving through
 *    the project costs (server/analysis/projects.ts).
 * The CLI's throughput on a 1,000-file workspace is measured by bench/cli.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
// The project row

/** A file of the project, as imported through `paths` aliases or relatively, and its edit sites. */
interface ProjectVariant {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly sites: readonly number[];
}

function projectRow(): void {
  const dir = mkdtempSync(join(tmpdir(), "rnnlens-bench-project-"));
  try {
    const src = join(dir, "src");
    mkdirSync(join(src, "engine"), { recursive: true });
    mkdirSync(join(src, "sizes"));
    const paths = { "@engine": ["./src/engine/index.ts"], "@/*": ["./src/*"] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", strict: true, paths }, include: ["src"] }, null, 2));
    writeFileSync(join(src, "engine", "index.ts"), 'export * from "./core";\n');
    writeFileSync(join(src, "engine", "core.ts"), 'export { torch, nn } from "rnnlens";\n');
    const SIZES = 10;
    for (let k = 0; k < SIZES; k++) writeFileSync(join(src, "sizes", `s${k}.ts`), `export const S${k} = ${k + 1};\n`);
    const original = 'import { nn, torch, type Tensor } from "rnnlens";\n';
    if (!file.text.includes(original)) throw new Error("bench: the generated file no longer imports the engine as expected");
    const variant = (name: string, engine: string, size: (k: number) => string): ProjectVariant => {
      const header = [`import { nn, torch, type Tensor } from "${engine}";`, ...Array.from({ length: SIZES }, (_, k) => `import { S${k} } from "${size(k)}";`)].join("\n") + "\n";
      const shift = header.length - original.length;
      const path = join(src, `${name}.ts`);
      const text = file.text.replace(original, header);
      writeFileSync(path, text);
      return { name, path, text, sites: edits.map((e) => e.offset + shift) };
    };
    const variants = [variant("aliased", "@engine", (k) => `@/sizes/s${k}`), variant("relative", "./engine", (k) => `./sizes/s${k}`)];
    const cold = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    const edit = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    const findings = new Map<string, number>();
    // Warm-up, then the variants in turn, so both see the same machine.
    for (let i = 0; i < COLD_RUNS + 3; i++) {
      for (const v of variants) {
        const w = new Workspace();
        w.setText(v.path, v.text);
        const ms = time(() => findings.set(v.name, w.analyze(v.path).findings.length));
        if (i >= 3) cold.get(v.name)?.push(ms);
      }
    }
    const states = variants.map((v) => {
      const w = new Workspace();
      w.setText(v.path, v.text);
      w.analyze(v.path);
      return { v, w, text: v.text };
    });
    for (let i = 0; i < EDITS; i++) {
      const typing = i % 2 === 0;
      for (const st of states) {
        const at = st.v.sites[Math.floor(i / 2) % st.v.sites.length] as number;
        st.text = typing ? st.text.slice(0, at) + "1" + st.text.slice(at) : st.text.slice(0, at) + st.text.slice(at + 1);
        edit.get(st.v.name)?.push(time(() => {
          st.w.setText(st.v.path, st.text);
          st.w.analyze(st.v.path);
        }));
      }
    }
    const med = (m: Map<string, number[]>, k: string, p = 50) => percentile(m.get(k) ?? [], p);
    console.log("");
    console.log(`Project — the same file in a tsconfig.json project, importing the engine (through a barrel) and ${SIZES} size modules; ${findings.get("aliased")} / ${findings.get("relative")} diagnostics`);
    row("cold analysis, `paths` aliases, median", fmt(med(cold, "aliased")), `(${COLD_RUNS} runs) ratio ${(med(cold, "aliased") / med(cold, "relative")).toFixed(2)}x relative imports`);
    row("  baseline: relative imports, median", fmt(med(cold, "relative")), "");
    row("one-character edit, `paths` aliases, p50", fmt(med(edit, "aliased")), `(${EDITS} edits) ratio ${(med(edit, "aliased") / med(edit, "relative")).toFixed(2)}x relative imports`);
    row("one-character edit, `paths` aliases, p95", fmt(med(edit, "aliased", 95)), `ratio ${(med(edit, "aliased", 95) / med(edit, "relative", 95)).toFixed(2)}x`);
    row("  baseline: relative imports, p50 / p95", `${med(edit, "relative").toFixed(2)} / ${med(edit, "relative", 95).toFixed(2)} ms`, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

projectRow();

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
