// The Python parser's WebAssembly in the build: scripts/build.mjs copies web-tree-sitter's
// runtime and the tree-sitter-python grammar next to the bundles, the .vsix keeps them, and the
// BUILT server and CLI load the parser from beside themselves. The bundles are copied into a
// folder with no node_modules above it, as in an installed extension, so nothing can come from
// the packages instead; without the two files, both say that the parser could not be loaded.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LspClient } from "../lsp/client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WASM = [
  { name: "web-tree-sitter.wasm", from: "node_modules/web-tree-sitter/web-tree-sitter.wasm" },
  { name: "tree-sitter-python.wasm", from: "node_modules/tree-sitter-python/tree-sitter-python.wasm" },
];
const SERVER_FILES = ["server.js", "server-bundle.js", "run-cell-worker.js"];
const CLEAN_PY = "import torch\nfrom torch import nn\n\nlstm = nn.LSTM(8, 16)\nout, (h, c) = lstm(torch.randn(7, 2, 8))\n";

let scratch = "";

/** dist/'s `files` (and the two .wasm files when `withWasm`) in a fresh folder outside the repository. */
function installed(files: readonly string[], withWasm: boolean): string {
  const dir = mkdtempSync(join(scratch, withWasm ? "with-wasm-" : "without-wasm-"));
  for (const f of files) copyFileSync(join(root, "dist", f), join(dir, f));
  if (withWasm) for (const w of WASM) copyFileSync(join(root, "dist", w.name), join(dir, w.name));
  return dir;
}

before(() => {
  if (process.env["RNNLENS_BUILT"] !== "1") {
    const build = spawnSync(process.execPath, [join(root, "scripts", "build.mjs"), "--no-typecheck"], { cwd: root, encoding: "utf8" });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  }
  scratch = mkdtempSync(join(tmpdir(), "rnnlens-py-assets-"));
  // Nothing above the scratch folder may provide the packages.
  assert.throws(() => createRequire(import.meta.url).resolve("web-tree-sitter/web-tree-sitter.wasm", { paths: [scratch] }));
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the Python parser's .wasm files in the build and the package", () => {
  it("dist/ holds both, byte for byte the packages' own", () => {
    for (const w of WASM) {
      const built = join(root, "dist", w.name);
      assert.ok(existsSync(built), `dist/${w.name} is missing`);
      assert.ok(readFileSync(built).equals(readFileSync(join(root, w.from))), `dist/${w.name} differs from ${w.from}`);
    }
  });

  it("the .vsix keeps them (vsce ls, from .vscodeignore's allow-list)", () => {
    const listed = execFileSync(process.execPath, [join(root, "node_modules/@vscode/vsce/vsce"), "ls", "--no-dependencies"], { cwd: root, encoding: "utf8" }).split("\n").map((l) => l.trim());
    for (const w of WASM) assert.ok(listed.includes(`dist/${w.name}`), `dist/${w.name} not in the package:\n${listed.join("\n")}`);
  });
});

describe("the built language server loads the parser from beside its bundle", { timeout: 120_000 }, () => {
  /** Opens a Python document in the server installed in `dir`; returns what it sent. */
  async function openPython(dir: string): Promise<{ logs: string[]; warnings: string[]; diagnostics: unknown[] | null }> {
    const client = new LspClient({ server: join(dir, "server.js"), cwd: dir, rootUri: pathToFileURL(dir).toString() });
    try {
      await client.initialize();
      const uri = pathToFileURL(join(dir, "model.py")).toString();
      await client.open(uri, CLEAN_PY, "python");
      const p = await client.diagnostics(uri, { version: 1, timeoutMs: 30_000 });
      const messages = (method: string) => client.received.filter((r) => r.method === method).map((r) => (r.params as { message: string }).message);
      return { logs: messages("window/logMessage"), warnings: messages("window/showMessage"), diagnostics: p.diagnostics };
    } finally {
      client.dispose();
    }
  }

  it("with the two files beside it: loaded, and the Python document is checked", async () => {
    const r = await openPython(installed(SERVER_FILES, true));
    assert.ok(r.logs.some((l) => /^rnnlens: Python parser loaded in \d+ ms$/.test(l)), r.logs.join("\n"));
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.diagnostics, []);
  });

  it("without them: a warning says the parser could not be loaded, and the document's diagnostics are still published", async () => {
    const r = await openPython(installed(SERVER_FILES, false));
    assert.ok(r.warnings.some((w) => /^RNN Lens: the Python parser could not be loaded \(.+\); Python files are not checked/.test(w)), r.warnings.join("\n"));
    assert.ok(!r.logs.some((l) => /Python parser loaded/.test(l)));
    assert.notEqual(r.diagnostics, null);
  });
});

describe("the built CLI loads the parser from beside dist/cli.js", () => {
  function checkPython(dir: string): { status: number | null; stdout: string; stderr: string } {
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "src", "model.py"), CLEAN_PY);
    const r = spawnSync(process.execPath, [join(dir, "cli.js"), "check", "src"], { cwd: dir, encoding: "utf8", env: { ...process.env, RNNLENS_WORKERS: "0" } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it("with the two files beside it: the .py file is checked", () => {
    const r = checkPython(installed(["cli.js"], true));
    assert.equal(r.stderr, "");
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "0 errors, 0 warnings in 1 file\n");
  });

  it("without them: exit 2 and a message, never a silent pass", () => {
    const r = checkPython(installed(["cli.js"], false));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^rnnlens: cannot load the Python parser \(.+\); Python files and notebooks cannot be checked$/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
  });
});
