// The main job: build, check every model in examples/ with the rnnlens CLI, and run a layer on
// sample input. Exits 0 only when the checker reports exactly the mistakes the examples mark
// with `// rnnlens-expect: <code> ...` (`# rnnlens-expect:` in Python) on the line where PyTorch
// would fail, and the runs succeed.
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

// What the examples say the checker must report, by file and 1-based line.
const expected = new Map();
for (const name of readdirSync(join(root, "examples")).sort()) {
  if (!/\.([cm]?[jt]sx?|py)$/.test(name)) continue;
  readFileSync(join(root, "examples", name), "utf8").split(/\r?\n/).forEach((line, i) => {
    const m = /(?:\/\/|#) rnnlens-expect: (.*)$/.exec(line);
    if (m) expected.set(`examples/${name}:${i + 1}`, m[1].trim().split(/\s+/).sort().join(" "));
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

console.log("\n$ the tutorial itself, on the built engine");
const tut = node(["--import", "tsx", join(root, "examples/tutorial.ts")]);
process.stdout.write(tut.stdout + tut.stderr);
if (tut.status !== 0) problems.push(`examples/tutorial.ts exited with ${tut.status}`);

if (problems.length > 0) {
  console.error(`\ndemo: FAILED\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`\ndemo: OK — ${json.diagnostics.length} diagnostics, each one a deliberate mistake in examples/, and the layer ran.`);
