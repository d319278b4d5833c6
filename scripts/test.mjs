// Runs every test file (test/**/*.test.ts) with Node's own test runner, TypeScript loaded by tsx.
// Arguments narrow the run to files under the given folders or to the given files.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ["test"];

function collect(path, out) {
  const st = statSync(path);
  if (st.isFile()) {
    if (path.endsWith(".test.ts")) out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    collect(join(path, name), out);
  }
}

const files = [];
for (const r of roots) collect(join(root, r), files);
if (files.length === 0) {
  console.error(`test: no test files under ${roots.join(", ")}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "inherit", cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

// Nothing may hang the run: CI gives the whole of it 90 minutes and a hang would hide which test
// hung. Each test file fails after FILE_LIMIT_MIN (the slowest takes well under a minute), and
// each pass is interrupted after its own limit; SIGINT makes the node test runner print the tests
// that were still running.
const FILE_LIMIT_MIN = 10;
const EDITOR_LIMIT_MIN = 25;
const PASS_LIMIT_MIN = 15;
const ALL_LIMIT_MIN = 30;

function watchdog(minutes) {
  return { timeout: minutes * 60_000, killSignal: "SIGINT" };
}

function reportWatchdog(what, result, minutes) {
  if (result.error?.code === "ETIMEDOUT") console.error(`test: ${what}: still running after ${minutes} minutes, interrupted`);
}

// The whole suite (no arguments) also runs the extension in a real editor: code-server and
// Chromium, installed by the run itself where missing (test/editor/README.md). It runs first,
// so the node test runner's summary closes the output.
if (args.length === 0) {
  const editor = spawnSync(process.execPath, ["--import", "tsx", join(root, "test/editor/run.ts"), "--no-build"], {
    stdio: "inherit",
    cwd: root,
    ...watchdog(EDITOR_LIMIT_MIN),
  });
  reportWatchdog("the in-editor suites", editor, EDITOR_LIMIT_MIN);
  if (editor.status !== 0) {
    console.error(`test: the in-editor suites failed (exit ${editor.status}); see above`);
    process.exit(editor.status ?? 1);
  }
}

// Test files that run the built dist/ skip their own build when RNNLENS_BUILT is set.
function runTests(label, testFiles, nodeFlags, env, limitMin) {
  if (label) console.log(`\ntest: ${label}`);
  const result = spawnSync(
    process.execPath,
    [...nodeFlags, "--import", "tsx", "--test", "--test-reporter=spec", `--test-timeout=${FILE_LIMIT_MIN * 60_000}`, ...testFiles.map((f) => relative(root, f))],
    { stdio: "inherit", cwd: root, env: { ...process.env, RNNLENS_BUILT: "1", ...env }, ...watchdog(limitMin) },
  );
  reportWatchdog(label || "the tests", result, limitMin);
  return result.status ?? 1;
}

// The engine's suites (goldens, properties, modules) run once per kernel implementation: the
// default run uses the best the runtime offers without flags (WebAssembly SIMD on Node 20), then
// the TypeScript kernels, then relaxed SIMD (a V8 flag on Node 20). Each pass names its kernels.
const engineDir = join(root, "test/engine") + "/";
const engineFiles = files.filter((f) => f.startsWith(engineDir));
const kernelPasses = [
  { label: "engine suites with the TypeScript kernels", flags: [], env: { RNNLENS_KERNELS: "typescript" } },
  {
    label: "engine suites with the WebAssembly relaxed-SIMD kernels",
    flags: ["--experimental-wasm-relaxed-simd"],
    env: { RNNLENS_KERNELS: "wasm-relaxed-simd" },
  },
];
const failed = [];
if (engineFiles.length > 0) {
  for (const pass of kernelPasses) {
    if (runTests(pass.label, engineFiles, pass.flags, pass.env, PASS_LIMIT_MIN) !== 0) failed.push(pass.label);
  }
}
// The whole selection last, with the default kernels, so its summary closes the output.
const status = runTests(engineFiles.length > 0 ? "all selected suites with the default kernels" : "", files, [], {}, ALL_LIMIT_MIN);
if (failed.length > 0) {
  console.error(`test: failed: ${failed.join("; ")} (see above)`);
  process.exit(1);
}
process.exit(status);
