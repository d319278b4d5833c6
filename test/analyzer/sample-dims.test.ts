// Sample dims (server/analysis/sample-dims.ts): the one default and the one validator that the
// server's setting, runCell requests, the editor's input box and the CLI's --dims all use; and
// the rule that lets the VS Code client share it: the client imports from server/ only modules
// with no imports of their own (besides the LSP protocol library).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { parseArgs } from "../../server/cli/args";
import { UsageError } from "../../server/cli/errors";
import {
  DEFAULT_SAMPLE_DIMS,
  MAX_DIM_SIZE,
  parseDimInput,
  parseSampleDimsSetting,
  validateDimInput,
  validSampleDims,
} from "../../server/analysis/sample-dims";
import { DEFAULT_SETTINGS, parseSettings } from "../../server/lsp/settings";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("sample dims", () => {
  it("one default: seq 5, batch 3, also the server setting's", () => {
    assert.deepEqual(DEFAULT_SAMPLE_DIMS, { seq: 5, batch: 3 });
    assert.equal(DEFAULT_SETTINGS.sampleDims, DEFAULT_SAMPLE_DIMS);
    assert.ok(Object.isFrozen(DEFAULT_SAMPLE_DIMS));
  });

  it("the setting keeps positive integers only; not an object gives the default", () => {
    assert.deepEqual(parseSampleDimsSetting({ seq: 5, batch: 3 }), { seq: 5, batch: 3 });
    assert.deepEqual(parseSampleDimsSetting({ seq: 5, batch: 0, hidden: 2.5, x: "4", neg: -1, "bad name": 2, huge: MAX_DIM_SIZE + 1, h: 20 }), { seq: 5, h: 20 });
    assert.deepEqual(parseSampleDimsSetting(undefined), DEFAULT_SAMPLE_DIMS);
    assert.deepEqual(parseSampleDimsSetting([1, 2]), DEFAULT_SAMPLE_DIMS);
    assert.deepEqual(parseSampleDimsSetting(null), DEFAULT_SAMPLE_DIMS);
  });

  it("the server's settings parse sampleDims with it (0 is not a size)", () => {
    assert.deepEqual(parseSettings({ sampleDims: { seq: 0, batch: 6 } }).sampleDims, { batch: 6 });
    assert.deepEqual(parseSettings({ sampleDims: "5" }).sampleDims, DEFAULT_SAMPLE_DIMS);
  });

  it("a request's dims: valid entries only, nothing from a non-object", () => {
    assert.deepEqual(validSampleDims({ batch: -2, seq: 4, n: Number.NaN }), { seq: 4 });
    assert.deepEqual(validSampleDims(undefined), {});
    assert.deepEqual(validSampleDims([3]), {});
  });

  it("the input box accepts positive integers only", () => {
    for (const ok of ["1", "5", " 20 ", String(MAX_DIM_SIZE)]) assert.equal(validateDimInput(ok), undefined, ok);
    for (const bad of ["", "  ", "0", "-1", "2.5", "1e3", "abc", "3 4", String(MAX_DIM_SIZE + 1), "0x10"]) assert.equal(typeof validateDimInput(bad), "string", bad);
    assert.equal(parseDimInput(" 12 "), 12);
    assert.equal(parseDimInput("0"), undefined);
  });

  it("the CLI's --dims uses the same rule", () => {
    const cmd = parseArgs(["run", "f.ts", "--line", "1", "--dims", "seq=7,batch=2"]);
    assert.ok(cmd.kind === "run");
    assert.deepEqual(cmd.dims, { seq: 7, batch: 2 });
    assert.throws(() => parseArgs(["run", "f.ts", "--line", "1", "--dims", "seq=0"]), (e: unknown) => e instanceof UsageError && /--dims seq: The size must be at least 1/.test(e.message));
    assert.throws(() => parseArgs(["run", "f.ts", "--line", "1", "--dims", `n=${MAX_DIM_SIZE + 1}`]), UsageError);
    assert.throws(() => parseArgs(["run", "f.ts", "--line", "1", "--dims", "2x=3"]), /--dims expects name=size pairs/);
  });
});

describe("what the client imports from server/", () => {
  function sources(dir: string): string[] {
    return readdirSync(dir)
      .sort()
      .flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
      });
  }
  const IMPORT = /^import\s[^;]*?from\s+"([^"]+)";/gms;
  const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => ({ spec: m[1] as string, typeOnly: /^import\s+type\s/.test(m[0]) }));

  it("only dependency-free modules (the protocol, sample dims), so the server's code never enters the extension", () => {
    const allowed = new Set(["server/lsp/protocol.ts", "server/analysis/sample-dims.ts"]);
    const found = new Set<string>();
    for (const f of sources(join(root, "client"))) {
      for (const { spec, typeOnly } of importsOf(f)) {
        if (!spec.startsWith(".")) continue;
        const target = relative(root, resolve(dirname(f), spec)) + ".ts";
        if (!target.startsWith("server/")) continue;
        if (!typeOnly) found.add(target);
      }
    }
    assert.deepEqual([...found].sort(), [...allowed].sort());
    // sample-dims.ts imports nothing at all; protocol.ts only the protocol library and types.
    assert.deepEqual(importsOf(join(root, "server/analysis/sample-dims.ts")), []);
    for (const { spec, typeOnly } of importsOf(join(root, "server/lsp/protocol.ts"))) assert.ok(typeOnly || spec === "vscode-languageserver-protocol", spec);
  });
});
