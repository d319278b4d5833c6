// scripts/build.mjs fails at once, naming the entry point, when one is missing (it used to skip
// it and ship a package without it). Run on a copy of the script in a scratch repository whose
// entry points are stubs, so the check is exercised without touching the real tree.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ENTRIES = ["engine/index.ts", "server/lsp/main.ts", "server/lsp/loader.ts", "server/lsp/run-cell-worker.ts", "server/cli/main.ts", "client/extension.ts", "server/refactors/index.ts"];

describe("scripts/build.mjs", () => {
  const scratch = mkdtempSync(join(tmpdir(), "rnnlens-build-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  function repoWithout(missing: string | null): string {
    const dir = mkdtempSync(join(scratch, "repo-"));
    mkdirSync(join(dir, "scripts"));
    copyFileSync(join(root, "scripts", "build.mjs"), join(dir, "scripts", "build.mjs"));
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    for (const e of ENTRIES) {
      if (e === missing) continue;
      mkdirSync(dirname(join(dir, e)), { recursive: true });
      writeFileSync(join(dir, e), "export {};\n");
    }
    return dir;
  }

  const build = (dir: string) => spawnSync(process.execPath, [join(dir, "scripts", "build.mjs"), "--no-typecheck"], { cwd: dir, encoding: "utf8" });

  for (const entry of ENTRIES) {
    it(`a missing ${entry} fails the build with a message naming it`, () => {
      const dir = repoWithout(entry);
      const r = build(dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^build: entry point ${entry.replace(/[./]/g, "\\$&")} \\(for dist/[\\w-]+\\.js\\) is missing$`, "m"));
      assert.equal(existsSync(join(dir, "dist")), false, "nothing is bundled");
    });
  }

  it("with every entry point present the check passes (the scratch copy then stops at the kernels it lacks)", () => {
    const r = build(repoWithout(null));
    assert.doesNotMatch(r.stderr, /is missing/);
    assert.match(r.stderr, /the WebAssembly kernels failed to compile/);
  });
});
