// `rnnlens check` reads .mjs and .cjs files as it reads .js (they used to be a usage error, exit
// 2), and follows CommonJS `require` between them. The built CLI, as users run it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const DIR = join("test", "cli", "fixtures", "module-kinds");

describe("rnnlens check on .mjs and .cjs", () => {
  it("checks a folder of them, the engine reached through a local CommonJS module", () => {
    const r = spawnSync(process.execPath, [CLI, "check", DIR], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.split("\n").filter((l) => /error|warning/.test(l) && l.includes(DIR));
    assert.deepEqual(lines.map((l) => l.replace(/:\d+:\d+ - /, " ").split(":")[0]), [
      `${join(DIR, "main.cjs")} error input-size-mismatch`,
      `${join(DIR, "model.mjs")} error input-size-mismatch`,
    ]);
  });

  it("checks one named on the command line", () => {
    const r = spawnSync(process.execPath, [CLI, "check", join(DIR, "model.mjs"), "--format", "json"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { files: number; diagnostics: { code: string; message: string }[] };
    assert.equal(out.files, 1);
    assert.deepEqual(out.diagnostics.map((d) => d.message), ["input.size(-1) must be equal to input_size. Expected 10, got 12"]);
  });
});
