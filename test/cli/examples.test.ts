// The examples `npm run demo` checks: the built CLI reports exactly the mistakes they mark with
// `// rnnlens-expect: <codes>` (at that line), and the headline mistake README promises — a layer
// built with the wrong input_size — is among them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");

interface JsonCheck {
  readonly diagnostics: readonly { readonly file: string; readonly range: { readonly start: { readonly line: number } }; readonly code: string }[];
}

/** "file:line" -> the codes marked there, sorted and space-separated. */
function marked(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(ROOT, "examples")).sort()) {
    if (!/\.([cm]?[jt]sx?|py)$/.test(name)) continue;
    readFileSync(join(ROOT, "examples", name), "utf8")
      .split(/\r?\n/)
      .forEach((line, i) => {
        const m = /(?:\/\/|#) rnnlens-expect: (.*)$/.exec(line);
        if (m) out.set(`examples/${name}:${i + 1}`, (m[1] as string).trim().split(/\s+/).sort().join(" "));
      });
  }
  return out;
}

describe("examples/ (what npm run demo shows)", () => {
  before(() => {
    if (process.env["RNNLENS_BUILT"] !== "1") {
      const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck"], { cwd: ROOT, encoding: "utf8" });
      assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
    }
  });

  it("the checker reports exactly the marked mistakes, a wrong input_size among them", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), "check", "examples", "--format", "json"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const found = new Map<string, string>();
    for (const d of (JSON.parse(r.stdout) as JsonCheck).diagnostics) {
      const key = `${d.file}:${d.range.start.line + 1}`;
      found.set(key, [...(found.get(key)?.split(" ") ?? []), d.code].sort().join(" "));
    }
    const expected = marked();
    assert.deepEqual(Object.fromEntries([...found].sort()), Object.fromEntries([...expected].sort()));
    assert.ok([...expected.values()].some((codes) => codes.split(" ").includes("input-size-mismatch")), "an example marks input-size-mismatch");
    assert.ok([...expected.keys()].some((k) => /\.py:\d+$/.test(k)), "the PyTorch examples are checked too");
  });
});
