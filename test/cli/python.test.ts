/**
 * The `rnnlens` CLI on Python files: which .py files `check` finds (and the folders of Python
 * caches and virtualenvs it skips), the Python parser loaded only for runs that have .py inputs,
 * and `check`, `shapes` and `run` on the fixtures in test/cli/fixtures/python — run as users run
 * it, the BUILT dist/cli.js as a child process (and the worker-thread path).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pythonParser } from "../../server/analysis/frontends/python/parser";
import { loadPythonParserFor } from "../../server/cli/python";
import { CLI, runCli as cli } from "../helpers/cli";

const ROOT = join(__dirname, "..", "..");
const MISTAKE_TS = 'import { nn, torch } from "rnnlens";\nnew nn.LSTM(10, 20).forward(torch.randn(5, 3, 99));\n';
const MISTAKE_PY = "import torch\nfrom torch import nn\nnn.LSTM(10, 20)(torch.randn(5, 3, 99))\n";

interface Pos {
  line: number;
  character: number;
}
interface JsonCheck {
  files: number;
  diagnostics: { file: string; range: { start: Pos; end: Pos }; severity: string; code: string; message: string }[];
}

function json<T>(s: string): T {
  return JSON.parse(s) as T;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

let tmp = "";
/** test/cli/fixtures/python, copied. */
let PY = "";
/** A folder whose mistakes all sit where `check` must not look, but two. */
let SKIPS = "";

before(() => {
  if (process.env["RNNLENS_BUILT"] !== "1") {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  }
  tmp = mkdtempSync(join(tmpdir(), "rnnlens-cli-py-"));
  PY = join(tmp, "python");
  cpSync(join(__dirname, "fixtures", "python"), PY, { recursive: true });
  SKIPS = join(tmp, "skips");
  // Folders named as Python's caches and virtualenvs are, and one virtualenv under another name
  // (recognised by its pyvenv.cfg): never searched. `environment/` has no pyvenv.cfg: searched.
  for (const folder of ["__pycache__", "venv/lib/python3.11", ".venv/lib", "lib/python3.11/site-packages/somelib", "env/lib", "pkg/__pycache__"]) {
    write(join(SKIPS, folder, "bad.ts"), MISTAKE_TS);
    write(join(SKIPS, folder, "bad.py"), MISTAKE_PY);
  }
  write(join(SKIPS, "env", "pyvenv.cfg"), "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.2\n");
  write(join(SKIPS, "main.ts"), MISTAKE_TS);
  write(join(SKIPS, "environment", "bad.ts"), MISTAKE_TS);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("rnnlens check: which files", { concurrency: 4 }, () => {
  test("__pycache__, venv, .venv, site-packages and any folder with a pyvenv.cfg are skipped", async () => {
    const r = await cli(["check", "--format", "json"], SKIPS);
    assert.equal(r.code, 1, r.stderr);
    const out = json<JsonCheck>(r.stdout);
    assert.deepEqual(out.diagnostics.map((d) => d.file).sort(), ["environment/bad.ts", "main.ts"]);
    assert.equal(out.files, 2, "nothing under the skipped folders is even read");
  });

  test("a skipped folder named explicitly is checked", async () => {
    const r = await cli(["check", "--format", "json", "venv", "env/lib/bad.ts"], SKIPS);
    assert.equal(r.code, 1, r.stderr);
    const files = json<JsonCheck>(r.stdout).diagnostics.map((d) => d.file);
    assert.ok(files.includes("venv/lib/python3.11/bad.ts"), files.join(", "));
    assert.ok(files.includes("env/lib/bad.ts"), files.join(", "));
  });

  test("a named file that is neither Python, TypeScript nor JavaScript is a usage error", async () => {
    const r = await cli(["check", "notes.pyc"], PY);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^rnnlens: notes\.pyc is not a Python, TypeScript or JavaScript file \(expected /);
  });

  test(".py files are found and checked (all three, and not the .pyc)", async () => {
    const r = await cli(["check", "--format", "json"], PY);
    assert.doesNotMatch(r.stderr, /skipped|internal error|cannot load/, r.stderr);
    assert.equal(json<JsonCheck>(r.stdout).files, 3, r.stdout);
    const named = await cli(["check", "clean.py"], PY);
    assert.equal(named.code, 0, named.stderr);
    assert.equal(named.stdout, "0 errors, 0 warnings in 1 file\n");
  });
});

describe("the Python parser is loaded only when a run has .py inputs", () => {
  test("loadPythonParserFor: not for TypeScript and JavaScript files, at once for a .py file", async () => {
    await loadPythonParserFor(["/a/model.ts", "/a/b.js", "/a/c.pyc", "/a/python.txt"]);
    assert.equal(pythonParser(), null, "a run without .py files does not load it");
    await loadPythonParserFor(["/a/model.ts", "/a/train.py"]);
    assert.notEqual(pythonParser(), null, "loaded before any file is analyzed");
  });
});

describe("check on TypeScript only does not load the Python parser (in process)", () => {
  // A process of its own: the parser is loaded once per process.
  test("TypeScript files only: not loaded; then a folder with .py files: loaded", () => {
    const script = `
      const { check } = require(${JSON.stringify(join(ROOT, "server/cli/commands.ts"))});
      const { pythonParser } = require(${JSON.stringify(join(ROOT, "server/analysis/frontends/python/parser.ts"))});
      const io = { out: () => {}, err: (s) => process.stderr.write(s + "\\n"), debug: false, entry: ${JSON.stringify(join(ROOT, "server/cli/main.ts"))} };
      (async () => {
        process.chdir(${JSON.stringify(ROOT)});
        await check({ kind: "check", paths: [${JSON.stringify(join(ROOT, "test/cli/fixtures/project"))}], format: "json", exclude: [] }, io);
        const afterTs = pythonParser() !== null;
        await check({ kind: "check", paths: [${JSON.stringify(join(ROOT, "test/cli/fixtures/python"))}], format: "json", exclude: [] }, io);
        console.log(JSON.stringify({ afterTs, afterPy: pythonParser() !== null }));
      })();
    `;
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, RNNLENS_WORKERS: "0" } });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "null"), { afterTs: false, afterPy: true }, r.stderr);
  });
});

describe("rnnlens check on Python: findings", { concurrency: 4 }, () => {
  test("text: PyTorch's message at the argument at fault, exit 1", async () => {
    const r = await cli(["check"], PY);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.ok(lines.includes("encoder.py:7:27 - error input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 12"), r.stdout);
    assert.ok(
      lines.some((l) => l.startsWith("models/tagger.py:13:30 - error hidden-size-mismatch: Expected hidden size (1, 4, 32), got [4, 1, 32]")),
      r.stdout,
    );
    assert.ok(!lines.some((l) => l.startsWith("clean.py:")), "the correct twin shows nothing");
    assert.match(lines.at(-1) ?? "", /^\d+ errors?, 0 warnings in 3 files$/);
  });

  test("json and sarif: the same formats as for TypeScript", async () => {
    const out = json<JsonCheck>((await cli(["check", "--format", "json"], PY)).stdout);
    const d = out.diagnostics.find((x) => x.file === "encoder.py");
    assert.ok(d, JSON.stringify(out));
    assert.deepEqual(Object.keys(d).sort(), ["code", "file", "message", "range", "severity"]);
    assert.deepEqual(d.range, { start: { line: 6, character: 26 }, end: { line: 6, character: 27 } });
    const sarif = json<{ runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }>(
      (await cli(["check", "--format", "sarif"], PY)).stdout,
    );
    const results = sarif.runs[0]?.results ?? [];
    assert.ok(
      results.some((x) => x.ruleId === "input-size-mismatch" && x.locations[0]?.physicalLocation.artifactLocation.uri === "encoder.py"),
      JSON.stringify(results),
    );
  });

  test("worker threads load the parser too: the same results as one thread", async () => {
    const [single, pool] = await Promise.all([cli(["check", "--format", "json"], PY, { RNNLENS_WORKERS: "0" }), cli(["check", "--format", "json"], PY, { RNNLENS_WORKERS: "2" })]);
    assert.equal(pool.code, 1, pool.stderr);
    assert.equal(pool.stderr, "");
    assert.ok(json<JsonCheck>(single.stdout).diagnostics.length >= 2, single.stdout);
    assert.deepEqual(json<JsonCheck>(pool.stdout), json<JsonCheck>(single.stdout));
  });
});

describe("rnnlens shapes and run on Python", { concurrency: 4 }, () => {
  test("shapes: the module and the tensors of a .py file, by position", async () => {
    const r = await cli(["shapes", "encoder.py"], PY);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.ok(lines.some((l) => /^5:1 lstm: LSTM\(10, 20, num_layers=2\)$/.test(l)), r.stdout);
    // The LSTM reads x time-major: its dims are named after what they hold.
    assert.ok(lines.includes("6:1 x: Tensor[seq=5, batch=3, 12]"), r.stdout);
  });

  test("run: the LSTM of a .py file on sample input", async () => {
    const r = await cli(["run", "clean.py", "--line", "5", "--format", "json"], PY);
    assert.equal(r.code, 0, r.stderr);
    const res = json<{ ok: boolean; module: { kind: string }; results: { name: string; shape: number[] }[] }>(r.stdout);
    assert.equal(res.ok, true);
    assert.equal(res.module.kind, "LSTM");
    assert.deepEqual(res.results.find((x) => x.name === "output")?.shape, [5, 3, 32]);
    const call = json<{ results: { name: string; shape: number[] }[] }>((await cli(["run", "clean.py", "--line", "7", "--format", "json"], PY)).stdout);
    assert.deepEqual(call.results.find((x) => x.name === "output")?.shape, [7, 2, 32]);
  });
});
