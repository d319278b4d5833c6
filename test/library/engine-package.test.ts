// The installable `rnnlens` library (docs/architecture.md#the-library), tried as a new user would:
// `npm run pack:engine` writes one tarball, which is installed into a fresh project (offline: the
// package has no dependencies; TypeScript is linked from this repository) and then
//   - type-checked in a user's file under module nodenext (as ESM and as CommonJS), bundler and
//     node10 resolution, strict, with the user's lib alone (ES2022: no DOM, no Node typings);
//   - run from CommonJS and from ESM, with the same numbers as the engine's sources;
//   - its `rnnlens` command run through npx.
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { nn, torch } from "../../engine/index";

/** A child process (packing, npm install from the tarball, tsc, the CLI) that never ends fails the test instead of hanging the run. */
const SPAWN_LIMIT_MS = 300_000;

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// What the user's program prints, computed here from the engine's sources.
function expectedLine(): string {
  torch.manualSeed(0);
  const lstm = new nn.LSTM(10, 20, 2);
  const [out] = lstm.forward(torch.randn(5, 3, 10));
  const copy = new nn.LSTM(10, 20, 2);
  copy.loadSafetensors(lstm.toSafetensors());
  const [again] = copy.forward(torch.ones(1, 1, 10));
  return JSON.stringify({ shape: out.shape, first: out.data[0], again: again.data[0] });
}

// The user's program: ES2022 only, so it declares the one host function it calls.
const USER_SOURCE = `
import rnnlens, { torch, nn, ShapeError, type Tensor, type BinaryBody } from "rnnlens";
declare const console: { log(line: string): void };

torch.manualSeed(0);
const lstm = new nn.LSTM(10, 20, 2);
const [out, [hn, cn]]: [Tensor, [Tensor, Tensor]] = lstm.forward(torch.randn(5, 3, 10));
const bytes: Uint8Array = lstm.toSafetensors();
const copy = new rnnlens.nn.LSTM(10, 20, 2);
const buffer = new ArrayBuffer(bytes.byteLength);
new Uint8Array(buffer).set(bytes);
copy.loadSafetensors(buffer);
const [again] = copy.forward(torch.ones(1, 1, 10));
const body: BinaryBody = { arrayBuffer: async () => new ArrayBuffer(0) };
void body;
let message = "";
try {
  lstm.forward(torch.randn(5, 3, 7));
} catch (e) {
  if (e instanceof ShapeError) message = e.message;
}
if (hn.shape[0] !== 2 || cn.shape[2] !== 20 || message !== "input.size(-1) must be equal to input_size. Expected 10, got 7") throw new Error(message);
console.log(JSON.stringify({ shape: out.shape, first: out.data[0], again: again.data[0] }));
`;

const BAD_SOURCE = `import { torch, nn } from "rnnlens";
const lstm = new nn.LSTM(10, 20);
const [out] = lstm.forward(torch.randn(5, 3, 7));
`;

function tsconfig(module: string, moduleResolution: string, files: string[], outDir?: string): string {
  return JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module,
      moduleResolution,
      lib: ["ES2022"],
      types: [],
      strict: true,
      skipLibCheck: false,
      ...(outDir ? { outDir } : { noEmit: true }),
      // TypeScript 6 deprecates node10 resolution (it still works); users of it say this too.
      ...(moduleResolution === "node10" ? { ignoreDeprecations: "6.0" } : {}),
    },
    files,
  });
}

describe("the rnnlens package (npm run pack:engine)", () => {
  let project = "";
  let tarball = "";
  let packOutput = "";

  before(() => {
    packOutput = ok(spawnSync(process.execPath, [join(root, "scripts/pack-engine.mjs")], { cwd: root, encoding: "utf8", timeout: SPAWN_LIMIT_MS }), "npm run pack:engine");
    const packed = readdirSync(join(root, "dist/pack"));
    assert.equal(packed.length, 1, `dist/pack holds exactly one file: ${packed.join(", ")}`);
    tarball = join(root, "dist/pack", packed[0] as string);
    project = mkdtempSync(join(tmpdir(), "rnnlens-user-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", version: "1.0.0", private: true }));
    ok(
      spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: project, encoding: "utf8", timeout: SPAWN_LIMIT_MS }),
      "npm install of the tarball",
    );
    // The user's own TypeScript (tsc, and the `rnnlens` command's optional peer dependency).
    symlinkSync(join(root, "node_modules/typescript"), join(project, "node_modules/typescript"), "dir");
    writeFileSync(join(project, "user.ts"), USER_SOURCE);
    writeFileSync(join(project, "user.mts"), USER_SOURCE);
    writeFileSync(join(project, "user.cts"), USER_SOURCE.replace(/\basync \(\) => new ArrayBuffer\(0\)/, "() => Promise.resolve(new ArrayBuffer(0))"));
    mkdirSync(join(project, "check"));
    writeFileSync(join(project, "check", "bad.ts"), BAD_SOURCE);
  });
  after(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("packs one small tarball of the engine alone (no tests, goldens or sources)", () => {
    const size = statSync(tarball).size;
    console.log(packOutput.trim());
    const files = readdirSync(join(project, "node_modules/rnnlens")).sort();
    assert.deepEqual(files, ["LICENSE", "README.md", "browser.mjs", "cli.cjs", "index.cjs", "index.d.cts", "index.d.mts", "index.mjs", "package.json"]);
    const unpacked = files.reduce((n, f) => n + statSync(join(project, "node_modules/rnnlens", f)).size, 0);
    assert.ok(unpacked < 1024 * 1024, `unpacked ${unpacked} B, the aim is under 1 MB`);
    assert.ok(size < unpacked);
  });

  const tsc = (config: string) =>
    spawnSync(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: project, encoding: "utf8", timeout: SPAWN_LIMIT_MS });

  for (const [name, module, resolution, files] of [
    ["nodenext (ESM and CommonJS files)", "nodenext", "nodenext", ["user.mts", "user.cts"]],
    ["bundler", "esnext", "bundler", ["user.ts"]],
    ["node10", "commonjs", "node10", ["user.ts"]],
  ] as const) {
    it(`type-checks a user's file under ${name} resolution, strict, lib ES2022 only`, () => {
      const config = `tsconfig.${resolution}.json`;
      writeFileSync(join(project, config), tsconfig(module, resolution, [...files]));
      ok(tsc(config), `tsc --noEmit (${name})`);
    });
  }

  it("a type error in the user's file is reported (the check can fail)", () => {
    writeFileSync(join(project, "wrong.ts"), `import { nn } from "rnnlens";\nconst n: string = new nn.LSTM(1, 2).hiddenSize;\n`);
    writeFileSync(join(project, "tsconfig.wrong.json"), tsconfig("esnext", "bundler", ["wrong.ts"]));
    const r = tsc("tsconfig.wrong.json");
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stdout, /wrong\.ts\(2,7\): error TS2322/);
  });

  it("runs from ESM and from CommonJS with the engine's own results", () => {
    writeFileSync(join(project, "tsconfig.emit.json"), tsconfig("nodenext", "nodenext", ["user.mts", "user.cts"], "out"));
    ok(tsc("tsconfig.emit.json"), "tsc (emit)");
    const expected = expectedLine();
    for (const file of ["out/user.mjs", "out/user.cjs"]) {
      const printed = ok(spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8", timeout: SPAWN_LIMIT_MS }), `node ${file}`);
      assert.equal(printed.trim(), expected, file);
    }
  });

  it("runs the `rnnlens` command from the package (npx rnnlens check)", () => {
    const r = spawnSync("npx", ["--offline", "rnnlens", "check", "check", "--format", "json"], { cwd: project, encoding: "utf8", timeout: SPAWN_LIMIT_MS });
    assert.equal(r.status, 1, `exit 1: errors found\n${r.stdout}\n${r.stderr}`);
    const report = JSON.parse(r.stdout) as { files: number; diagnostics: { file: string; code: string; range: { start: { line: number } } }[] };
    assert.equal(report.files, 1);
    assert.deepEqual(
      report.diagnostics.map((d) => [d.file, d.code, d.range.start.line]),
      [[join("check", "bad.ts"), "input-size-mismatch", 2]],
    );
  });
});
