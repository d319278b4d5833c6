// scripts/build.mjs fails, before building anything, when an entry point it bundles is missing:
// a renamed or deleted entry (Run Cell's worker, say) must not leave dist/ silently incomplete.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");
const ENTRIES = ["engine/index.ts", "server/lsp/main.ts", "server/lsp/loader.ts", "server/lsp/run-cell-worker.ts", "server/cli/main.ts", "client/extension.ts"];

describe("scripts/build.mjs", () => {
  it("fails naming the missing entry point, and builds nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "rnnlens-build-"));
    try {
      mkdirSync(join(dir, "scripts"));
      copyFileSync(join(ROOT, "scripts", "build.mjs"), join(dir, "scripts", "build.mjs"));
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      for (const e of ENTRIES.filter((e) => e !== "server/lsp/run-cell-worker.ts")) {
        mkdirSync(join(dir, dirname(e)), { recursive: true });
        writeFileSync(join(dir, e), "export {};\n");
      }
      const r = spawnSync(process.execPath, [join(dir, "scripts", "build.mjs"), "--no-typecheck"], { cwd: dir, encoding: "utf8" });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.equal(r.stderr, "build: entry point server/lsp/run-cell-worker.ts (for dist/run-cell-worker.js) does not exist\n");
      assert.equal(existsSync(join(dir, "dist")), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
