// The refactors' rewriting is its own chunk (dist/refactors.js, scripts/build.mjs): ts-morph is
// not in the server bundle, which loads the chunk on the first codeAction/resolve; and the chunk
// has no TypeScript compiler of its own (the build replaces the copy @ts-morph/common ships with
// the server's, handed over at run time), so the process holds a single TypeScript; nor the
// lib .d.ts texts ts-morph ships, which its in-memory project never loads.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const chunk = join(root, "dist", "refactors.js");
const server = join(root, "dist", "server-bundle.js");

/** How many copies of TypeScript's compiler a bundle holds: each has its diagnostic messages table once. */
function compilers(text: string): number {
  return text.split("Unterminated string literal.").length - 1;
}

/**
 * How many copies of ts-morph a bundle holds: each exports its ManipulationError class once
 * (`exports.ManipulationError = ...`, minified `d.ManipulationError=Vo`).
 */
function tsMorphs(text: string): number {
  return text.split(/\.ManipulationError ?= ?[\w$]+[;,\n]/).length - 1;
}

describe("dist/refactors.js", () => {
  it("exists beside the server bundle (built by scripts/build.mjs)", () => {
    assert.ok(existsSync(chunk), "run node scripts/build.mjs");
    assert.ok(existsSync(server));
  });

  it("holds ts-morph and no TypeScript compiler; the server bundle holds one compiler and no ts-morph", () => {
    const c = readFileSync(chunk, "utf8");
    const s = readFileSync(server, "utf8");
    assert.ok(tsMorphs(c) >= 1, "ts-morph is in the chunk");
    assert.equal(compilers(c), 0, "no TypeScript in the chunk");
    assert.equal(compilers(s), 1, "one TypeScript in the server bundle");
    assert.equal(tsMorphs(s), 0, "ts-morph is not in the server bundle");
    assert.doesNotMatch(s, /server\/refactors\/index\.ts/, "the rewriting's sources are not in the server bundle");
  });

  it("leaves out the lib .d.ts texts ts-morph ships (its project never loads them)", () => {
    const c = readFileSync(chunk, "utf8");
    assert.match(c, /\/node_modules\/typescript\/lib/, "ts-morph's in-memory lib folder is there");
    assert.doesNotMatch(c, /interface ArrayConstructor/, "no lib .d.ts text");
  });

  it("runs ts-morph on the TypeScript it is handed, and refuses to load without one", () => {
    const script = `
      const ts = require(${JSON.stringify(join(root, "node_modules", "typescript"))});
      let refused = false;
      try { require(${JSON.stringify(chunk)}); } catch (e) { refused = /shared its TypeScript/.test(String(e)); }
      globalThis[Symbol.for("rnnlens.refactors.typescript")] = ts;
      for (const k of Object.keys(require.cache)) if (k.endsWith("refactors.js")) delete require.cache[k];
      const r = require(${JSON.stringify(chunk)});
      const text = "const lstm = new nn.LSTM(10, 20);";
      const offer = { kind: "batch-first", title: "Set batchFirst: true", target: { start: 13, end: 32 }, data: { value: true, key: "batchFirst", edit: { at: "argument" } } };
      console.log(JSON.stringify({ refused, edits: r.rewrite("/x.ts", text, offer) }));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { refused: boolean; edits: unknown };
    assert.equal(out.refused, true);
    assert.deepEqual(out.edits, [{ span: { start: 31, end: 31 }, newText: ", { batchFirst: true }" }]);
  });
});
