// The examples `npm run demo` checks: the built CLI reports exactly the mistakes they mark with
// `// rnnlens-expect: <codes>` (at that line; in a notebook, the line of its code cells joined, as
// the CLI counts), and the headline mistake README promises — a layer built with the wrong
// input_size — is among them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import { joinCells } from "../../server/analysis/notebook/cells";
import { readIpynb } from "../../server/analysis/notebook/ipynb";

const ROOT = join(__dirname, "..", "..");

interface JsonCheck {
  readonly diagnostics: readonly { readonly file: string; readonly range: { readonly start: { readonly line: number } }; readonly code: string }[];
}

/** The example files, under examples/ and its folders ("examples/notebooks/x.ipynb"). */
function exampleFiles(dir = join(ROOT, "examples")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? exampleFiles(join(dir, e.name)) : /\.([cm]?[jt]sx?|py|ipynb)$/.test(e.name) ? [relative(ROOT, join(dir, e.name)).split("\\").join("/")] : [],
  );
}

/** The text whose lines the CLI counts: a notebook's code cells joined, any other file as it is. */
function checkedText(file: string): string {
  const text = readFileSync(join(ROOT, file), "utf8");
  if (!file.endsWith(".ipynb")) return text;
  const read = readIpynb(text);
  assert.ok("cells" in read, `${file}: ${"error" in read ? read.error : ""}`);
  return joinCells(read.cells).text;
}

/** "file:line" -> the codes marked there, sorted and space-separated. */
function marked(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of exampleFiles().sort()) {
    checkedText(file)
      .split(/\r?\n/)
      .forEach((line, i) => {
        const m = /(?:\/\/|#) rnnlens-expect: (.*)$/.exec(line);
        if (m) out.set(`${file}:${i + 1}`, (m[1] as string).trim().split(/\s+/).sort().join(" "));
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
    assert.ok([...expected.keys()].some((k) => /\.ipynb:\d+$/.test(k)), "and a notebook");
  });
});
