// Rewrites test/oracle/python-corpus/: the programs of seeds 1..COUNT (default 300), each run once
// in real PyTorch by tools/run-python-programs.py (one Python process for all of them), with what
// each run did in outcomes.json. Needs Debian's python3-torch (PyTorch 1.13.1) at /usr/bin/python3
// or RNNLENS_PYTHON. Run: npm run oracle:record:python [-- COUNT].
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { corpusFileName, formatHeader, OUTCOMES_FILE, PYTHON_CORPUS_DIR, type Outcomes, type RecordedProgram, type RecordedRun } from "./corpus";
import { generateProgram } from "./generator";

const root = join(PYTHON_CORPUS_DIR, "..", "..", "..");
const python = process.env["RNNLENS_PYTHON"] ?? "/usr/bin/python3";
const count = Number(process.argv[2] ?? "300");

/** Exceptions a generated program raises only when the generator wrote it wrong. */
const GENERATOR_MISTAKES = new Set(["SyntaxError", "NameError", "UnboundLocalError", "AttributeError", "ImportError", "ModuleNotFoundError", "KeyError"]);

function runPython(args: readonly string[], input?: string): string {
  const r = spawnSync(python, args, { cwd: root, input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${python} ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

const generated = Array.from({ length: count }, (_, i) => ({ seed: i + 1, program: generateProgram(i + 1) }));
// The header is line 1 when the program runs, so the recorded lines are the file's.
const files = generated.map(({ seed, program }) => ({
  name: corpusFileName(seed),
  body: program.text,
  seed,
  closed: program.closed,
  scenes: program.scenes,
}));
const runs = JSON.parse(
  runPython(
    ["tools/run-python-programs.py"],
    JSON.stringify(files.map((f) => ({ path: relative(root, join(PYTHON_CORPUS_DIR, f.name)), seed: f.seed, text: `${formatHeader(f.seed, f.closed, null)}\n${f.body}` }))),
  ),
) as RecordedRun[];
if (runs.length !== files.length) throw new Error(`the runner answered ${runs.length} runs for ${files.length} programs`);
const [torchVersion, pythonVersion] = runPython(["-c", "import sys, torch; print(torch.__version__); print(sys.version.split()[0])"]).trim().split("\n");

mkdirSync(PYTHON_CORPUS_DIR, { recursive: true });
for (const f of readdirSync(PYTHON_CORPUS_DIR)) if (f.endsWith(".py") || f === OUTCOMES_FILE) rmSync(join(PYTHON_CORPUS_DIR, f));
const programs: Record<string, RecordedProgram> = {};
let errors = 0;
let warned = 0;
files.forEach((f, i) => {
  const run = runs[i] as RecordedRun;
  if (run.error && (GENERATOR_MISTAKES.has(run.error.type) || run.error.lines.length === 0)) {
    throw new Error(`seed ${f.seed}: the generator wrote a program that fails on its own: ${run.error.type}: ${run.error.message}\n${f.body}`);
  }
  if (run.error) errors++;
  if (run.warnings.length > 0) warned++;
  programs[f.name] = { seed: f.seed, closed: f.closed, scenes: f.scenes, ...run };
  writeFileSync(join(PYTHON_CORPUS_DIR, f.name), `${formatHeader(f.seed, f.closed, run)}\n${f.body}`);
});
const outcomes: Outcomes = { torch: torchVersion ?? "", python: pythonVersion ?? "", programs };
// One program a line: a re-recording's diff shows which programs changed.
const lines = Object.entries(outcomes.programs).map(([name, p]) => `  ${JSON.stringify(name)}: ${JSON.stringify(p)}`);
writeFileSync(join(PYTHON_CORPUS_DIR, OUTCOMES_FILE), `{"torch": ${JSON.stringify(outcomes.torch)}, "python": ${JSON.stringify(outcomes.python)}, "programs": {\n${lines.join(",\n")}\n}}\n`);
console.log(`python oracle corpus: ${count} programs, ${errors} raise, ${count - errors} run cleanly, ${warned} warn (PyTorch ${torchVersion}) -> ${relative(root, PYTHON_CORPUS_DIR)}`);
