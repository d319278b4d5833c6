// The main job: build, check every model in examples/ with the rnnlens CLI, and run a layer on
// sample input. Exits 0 only when the checker reports exactly the mistakes the examples mark
// with `// rnnlens-expect: <code> ...` (`# rnnlens-expect:` in Python and in a notebook's code
// cells) on the line where PyTorch would fail, and the runs succeed.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist/cli.js");
const node = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", ...opts });

const build = node([join(root, "scripts/build.mjs")], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log("\n$ rnnlens check examples");
const text = node([cli, "check", "examples"]);
process.stdout.write(text.stdout + text.stderr);

// A notebook's lines as the CLI counts them: its code cells joined in document order, one line per
// source line (a cell's trailing newline adds none; markdown and raw cells add none).
function notebookLines(json) {
  const lines = [];
  for (const cell of JSON.parse(json).cells) {
    if (cell.cell_type !== "code") continue;
    const text = (Array.isArray(cell.source) ? cell.source.join("") : cell.source).replace(/\r?\n$/, "");
    if (text !== "") lines.push(...text.split(/\r?\n/));
  }
  return lines;
}

// What the examples (and the folders under examples/) say the checker must report, by file and
// 1-based line.
const expected = new Map();
const examples = [];
(function walk(dir) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
    else if (/\.([cm]?[jt]sx?|py|ipynb)$/.test(entry.name)) examples.push(`${dir}/${entry.name}`);
  }
})("examples");
for (const file of examples.sort()) {
  const text = readFileSync(join(root, file), "utf8");
  (file.endsWith(".ipynb") ? notebookLines(text) : text.split(/\r?\n/)).forEach((line, i) => {
    const m = /(?:\/\/|#) rnnlens-expect: (.*)$/.exec(line);
    if (m) expected.set(`${file}:${i + 1}`, m[1].trim().split(/\s+/).sort().join(" "));
  });
}
const json = JSON.parse(node([cli, "check", "examples", "--format", "json"]).stdout);
const found = new Map();
for (const d of json.diagnostics) {
  const key = `${d.file}:${d.range.start.line + 1}`;
  found.set(key, [...(found.get(key)?.split(" ") ?? []), d.code].sort().join(" "));
}
const problems = [];
// The headline mistake README promises the demo shows: a layer built with the wrong input_size.
if (![...expected.values()].some((codes) => codes.split(" ").includes("input-size-mismatch"))) {
  problems.push("no example marks the headline mistake (// rnnlens-expect: input-size-mismatch)");
}
if (![...expected.keys()].some((k) => /\.ipynb:\d+$/.test(k))) problems.push("no notebook in examples/ marks a mistake");
for (const [k, v] of expected) if (found.get(k) !== v) problems.push(`${k}: expected ${v}, got ${found.get(k) ?? "nothing"}`);
for (const [k, v] of found) if (!expected.has(k)) problems.push(`${k}: unexpected ${v}`);

const tutorial = readFileSync(join(root, "examples/tutorial.ts"), "utf8").split(/\r?\n/);
const line = tutorial.findIndex((l) => l.includes("new nn.LSTM(")) + 1;
console.log(`\n$ rnnlens run examples/tutorial.ts --line ${line} --dims seq=5,batch=3`);
const run = node([cli, "run", "examples/tutorial.ts", "--line", String(line), "--dims", "seq=5,batch=3"]);
process.stdout.write(run.stdout + run.stderr);
if (run.status !== 0) problems.push(`rnnlens run exited with ${run.status}`);

// The same for a PyTorch file: Run Cell needs neither Python nor torch.
const py = readFileSync(join(root, "examples/char_rnn.py"), "utf8").split(/\r?\n/);
const pyLine = py.findIndex((l) => l.startsWith("step = nn.GRUCell(")) + 1;
console.log(`\n$ rnnlens run examples/char_rnn.py --line ${pyLine} --dims batch=4`);
const pyRun = node([cli, "run", "examples/char_rnn.py", "--line", String(pyLine), "--dims", "batch=4"]);
process.stdout.write(pyRun.stdout + pyRun.stderr);
if (pyRun.status !== 0) problems.push(`rnnlens run examples/char_rnn.py exited with ${pyRun.status}`);

// A notebook is one program: the GRU built in one cell runs from the cell that uses it.
const notebook = "examples/notebooks/gru_language_model.ipynb";
const nbLine = notebookLines(readFileSync(join(root, notebook), "utf8")).findIndex((l) => l.startsWith("out, h_n = gru(")) + 1;
console.log(`\n$ rnnlens run ${notebook} --line ${nbLine}`);
const nbRun = node([cli, "run", notebook, "--line", String(nbLine)]);
process.stdout.write(nbRun.stdout + nbRun.stderr);
if (nbRun.status !== 0) problems.push(`rnnlens run ${notebook} exited with ${nbRun.status}`);

console.log("\n$ the tutorial itself, on the built engine");
const tut = node(["--import", "tsx", join(root, "examples/tutorial.ts")]);
process.stdout.write(tut.stdout + tut.stderr);
if (tut.status !== 0) problems.push(`examples/tutorial.ts exited with ${tut.status}`);

if (problems.length > 0) {
  console.error(`\ndemo: FAILED\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`\ndemo: OK — ${json.diagnostics.length} diagnostics, each one a deliberate mistake in examples/ (${json.files} files, a notebook among them), and the layers ran.`);
