// The Python differential oracle at scale: COUNT generated PyTorch programs (default 1000) from
// FIRST_SEED (default 1_000_000, far from the recorded corpus's seeds 1..300), each run once in
// real PyTorch (tools/run-python-programs.py, one Python process for all of them) and judged
// against the analyzer's findings by the corpus's judge (test/helpers/python-oracle.ts). Prints
// the outcomes, the disagreements (false alarms and misses apart) with the path of each
// disagreeing program, written with what PyTorch did and what the analyzer said to a temporary
// folder, and the analysis time per program against PyTorch's.
//
// Run: npm run bench:oracle:python [-- COUNT [FIRST_SEED]] [--extended]
// `--extended` adds the generator's extended scenes (the recorded corpus never uses them).
// Needs Debian's python3-torch at /usr/bin/python3 (or RNNLENS_PYTHON); exits 2 without it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadPythonParser } from "../server/analysis/frontends/python/parser";
import { Workspace } from "../server/analysis/workspace";
import { describeFinding, describeRun, judgePythonRun } from "../test/helpers/python-oracle";
import type { RecordedRun } from "../test/oracle/python/corpus";
import { generateProgram } from "../test/oracle/python/generator";

const python = process.env["RNNLENS_PYTHON"] ?? "/usr/bin/python3";
const args = process.argv.slice(2);
const extended = args.includes("--extended");
const [countArg, seedArg] = args.filter((a) => !a.startsWith("--"));
const count = Number(countArg ?? "1000");
const firstSeed = Number(seedArg ?? "1000000");
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(firstSeed) || firstSeed < 1) {
  console.error("usage: npm run bench:oracle:python [-- COUNT [FIRST_SEED]] [--extended]");
  process.exit(2);
}
/** The recorded corpus's seeds: a bench run over them would judge nothing new. */
const CORPUS_SEEDS = 300;
if (firstSeed <= CORPUS_SEEDS) console.warn(`note: seeds 1..${CORPUS_SEEDS} are the recorded corpus's`);

/** Exceptions a generated program raises only when the generator wrote it wrong. */
const GENERATOR_MISTAKES = new Set(["SyntaxError", "NameError", "UnboundLocalError", "AttributeError", "ImportError", "ModuleNotFoundError", "KeyError"]);

function pythonWithTorch(): string | null {
  const r = spawnSync(python, ["-c", "import sys, torch; print(torch.__version__, sys.version.split()[0])"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

const versions = pythonWithTorch();
if (versions === null) {
  console.error(`bench:oracle:python needs PyTorch: ${python} cannot import torch.`);
  console.error("Install Debian's python3-torch (PyTorch 1.13.1) or set RNNLENS_PYTHON to a Python that has torch.");
  process.exit(2);
}
const [torchVersion, pythonVersion] = versions.split(" ");

const benchStarted = performance.now();
const outDir = mkdtempSync(join(tmpdir(), "rnnlens-pyoracle-"));
const programs = Array.from({ length: count }, (_, i) => {
  const seed = firstSeed + i;
  const p = generateProgram(seed, { extended });
  return { seed, path: join(outDir, `seed-${seed}.py`), ...p };
});

// PyTorch: one process runs them all; its start-up (Python and `import torch`) is timed apart and
// taken off, so the figure is the programs' own run time (under the runner's line tracing).
let t = performance.now();
pythonWithTorch();
const startupMs = performance.now() - t;
t = performance.now();
const runner = spawnSync(python, [join(dirname(fileURLToPath(import.meta.url)), "..", "tools", "run-python-programs.py")], {
  input: JSON.stringify(programs.map((p) => ({ path: p.path, seed: p.seed, text: p.text }))),
  encoding: "utf8",
  maxBuffer: 1 << 30,
});
const runnerMs = performance.now() - t;
if (runner.status !== 0) {
  console.error(`tools/run-python-programs.py failed (${runner.status ?? runner.signal}): ${runner.stderr}`);
  process.exit(2);
}
const runs = JSON.parse(runner.stdout) as RecordedRun[];
if (runs.length !== programs.length) throw new Error(`the runner answered ${runs.length} runs for ${programs.length} programs`);
const pytorchMs = Math.max(0, runnerMs - startupMs);

// The judge reads statements from the parse: the parser loads first.
void loadPythonParser().then(() => {
  let analyzeMs = 0;
  let clean = 0;
  let raising = 0;
  let open = 0;
  let generatorMistakes = 0;
  let withFalseAlarms = 0;
  let withMisses = 0;
  let disagreeing = 0;
  const scenes: Record<string, number> = {};
  const report: string[] = [];
  programs.forEach((p, i) => {
    const run = runs[i] as RecordedRun;
    if (!p.closed) open++;
    for (const sc of p.scenes) scenes[sc] = (scenes[sc] ?? 0) + 1;
    if (run.error && (GENERATOR_MISTAKES.has(run.error.type) || run.error.lines.length === 0)) {
      generatorMistakes++;
      writeFileSync(p.path, p.text);
      report.push(`generator mistake, seed ${p.seed}: ${describeRun(run)}\n    ${p.path}`);
      return;
    }
    if (run.error) raising++;
    else clean++;
    const started = performance.now();
    const ws = new Workspace({});
    ws.setText(p.path, p.text);
    const analysis = ws.analyze(p.path);
    analyzeMs += performance.now() - started;
    const disagreements = analysis.skipped ? [`not analyzed: ${analysis.skipped}`] : judgePythonRun({ name: String(p.seed), text: p.text, closed: p.closed, run }, analysis.findings);
    if (disagreements.length === 0) return;
    disagreeing++;
    const falseAlarm = disagreements.some((d) => d.startsWith("false"));
    const miss = disagreements.some((d) => d.startsWith("missed"));
    if (falseAlarm) withFalseAlarms++;
    if (miss) withMisses++;
    const found = analysis.findings.map((f) => describeFinding(p.text, f));
    const summary = [
      `PyTorch ${torchVersion}: ${describeRun(run)}`,
      `the analyzer: ${found.length > 0 ? found.join(" | ") : "no findings"}`,
      ...disagreements,
    ];
    // The program as it ran (its lines are the recorded ones), with the verdict beside it.
    writeFileSync(p.path, p.text);
    writeFileSync(`${p.path}.txt`, `${summary.join("\n")}\n`);
    report.push(`${falseAlarm ? "FALSE ALARM" : "miss"}, seed ${p.seed} (${p.closed ? "closed" : "open"}; ${p.scenes.join(", ")}): ${p.path}\n    ${summary.join("\n    ")}`);
  });

  const judged = clean + raising;
  const perProgram = (ms: number): string => (ms / count).toFixed(2);
  console.log(report.join("\n"));
  console.log(
    `python oracle bench: ${count} generated programs (seeds ${firstSeed}..${firstSeed + count - 1}${extended ? ", extended scenes" : ""}, ${open} open), PyTorch ${torchVersion}, Python ${pythonVersion}`,
  );
  console.log(`  outcomes: ${clean} run cleanly, ${raising} raise${generatorMistakes > 0 ? `, ${generatorMistakes} generator mistakes (not judged)` : ""}`);
  console.log(`  scenes: ${Object.entries(scenes).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  console.log(`  disagreements: ${disagreeing} of ${judged} programs: ${withFalseAlarms} with a false alarm, ${withMisses} with a miss`);
  console.log(
    `  analysis ${perProgram(analyzeMs)} ms/program, PyTorch ${perProgram(pytorchMs)} ms/program (traced, start-up of ${(startupMs / 1000).toFixed(1)} s excluded): analysis takes ${(analyzeMs / pytorchMs).toFixed(2)}x the time of running the program`,
  );
  console.log(`  whole run ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
  if (disagreeing > 0 || generatorMistakes > 0) console.log(`  programs and verdicts: ${outDir}`);
  process.exit(disagreeing === 0 && generatorMistakes === 0 ? 0 : 1);
});
