// `rnnlens check --project PATH` on the project fixtures (test/fixtures/projects), through the
// built CLI: it checks exactly the files the config includes, with the config's resolution, and
// reports exactly what their caret comments expect; on one thread and on worker threads alike.
// A missing or broken config exits with 2 and says why.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { ensureServerBuilt, ROOT } from "../lsp/client";
import { runCli } from "../helpers/cli";
import { parseExpectations } from "../helpers/expectations";

const PROJECTS = join(ROOT, "test", "fixtures", "projects");

interface JsonReport {
  readonly files: number;
  readonly diagnostics: readonly { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; message: string }[];
}

/** What the project's files expect, as `file:line:col-col code`, with the message substrings beside. */
function expectedOf(files: readonly string[]): { keys: string[]; messages: Map<string, string> } {
  const messages = new Map<string, string>();
  const keys = files.flatMap((f) =>
    parseExpectations(readFileSync(join(PROJECTS, f), "utf8"), f).map((x) => {
      const key = `${f}:${x.line + 1}:${x.start + 1}-${x.end + 1} ${x.code}`;
      if (x.message) messages.set(key, x.message);
      return key;
    }),
  );
  return { keys: keys.sort(), messages };
}

/** The files each project's config includes (what --project must check). */
const CASES: readonly { readonly project: string; readonly files: readonly string[] }[] = [
  { project: "aliases", files: ["aliases/src/config.ts", "aliases/src/decoder.ts", "aliases/src/engine/core.ts", "aliases/src/engine/index.ts", "aliases/src/lookalike.ts", "aliases/src/model.ts", "aliases/src/rnnlens.ts"] },
  { project: "base-url/tsconfig.json", files: ["base-url/src/engine.ts", "base-url/src/layers/sizes.ts", "base-url/src/train.ts"] },
  { project: "engine-name", files: ["engine-name/src/local.ts", "engine-name/src/model.ts", "engine-name/src/rnnlens/index.ts"] },
  { project: "extends", files: ["extends/extra/entry.ts", "extends/src/model.ts"] },
  { project: "js-specifiers", files: ["js-specifiers/src/engine/core.ts", "js-specifiers/src/engine/index.ts", "js-specifiers/src/main.ts", "js-specifiers/src/sizes.ts"] },
  { project: "jsconfig", files: ["jsconfig/src/engine.js", "jsconfig/src/model.js", "jsconfig/src/sizes.js"] },
  { project: "solution/tsconfig.app.json", files: ["solution/src/model.ts", "solution/src/sizes.ts"] },
  { project: "packages", files: ["packages/src/browser.ts", "packages/src/declared.ts", "packages/src/lite.ts", "packages/src/model.ts"] },
];

describe("rnnlens check --project", { concurrency: 2 }, () => {
  before(() => ensureServerBuilt());

  for (const c of CASES) {
    for (const workers of ["0", "2"]) {
      test(`${c.project} (${workers === "0" ? "main thread" : "worker threads"})`, async () => {
        const r = await runCli(["check", "--project", c.project, "--format", "json"], PROJECTS, { RNNLENS_WORKERS: workers });
        const report = JSON.parse(r.stdout) as JsonReport;
        assert.equal(report.files, c.files.length, r.stderr);
        const want = expectedOf(c.files);
        const got = report.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${d.code}`).sort();
        assert.deepEqual(got, want.keys);
        for (const d of report.diagnostics) {
          const key = `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${d.code}`;
          const message = want.messages.get(key);
          if (message) assert.ok(d.message.includes(message), `${key}: ${d.message}`);
        }
        assert.equal(r.code, want.keys.length > 0 ? 1 : 0, r.stderr);
      });
    }
  }

  test("a config that is not the nearest decides for its files under --project, on every thread", async () => {
    for (const workers of ["0", "1"]) {
      const r = await runCli(["check", "-p", "extends/tsconfig.legacy.json", "--format", "json"], PROJECTS, { RNNLENS_WORKERS: workers });
      const report = JSON.parse(r.stdout) as JsonReport;
      // Silent when its nearest config (which excludes it) decides; here the alias resolves.
      assert.deepEqual(report.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.code}: ${d.message}`), ["extends/src/legacy/old.ts:6 input-size-mismatch: input.size(-1) must be equal to input_size. Expected 16, got 12"]);
    }
  });

  test("-p is --project, and the text output names the files from the current folder", async () => {
    const r = await runCli(["check", "-p", "extends/tsconfig.json"], PROJECTS);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^extends\/extra\/entry\.ts:5:29 - error input-size-mismatch: /m);
    assert.match(r.stdout, /^extends\/src\/model\.ts:5:29 - error input-size-mismatch: /m);
    assert.doesNotMatch(r.stdout, /legacy/, "excluded by the config");
  });

  test("without --project, a folder's files still resolve through their nearest config", async () => {
    const r = await runCli(["check", "aliases", "--format", "json"], PROJECTS);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.diagnostics.map((d) => `${d.file} ${d.code}`), ["aliases/src/decoder.ts hidden-size-mismatch", "aliases/src/model.ts input-size-mismatch"]);
  });

  test("without --project, a broken config is a warning and its files are checked", async () => {
    const r = await runCli(["check", "broken"], PROJECTS);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^broken\/src\/model\.ts:6:29 - error input-size-mismatch: /m);
    assert.match(r.stderr, /^rnnlens: warning: broken\/tsconfig\.json has problems; .*broken\/tsconfig\.json\(7,1\): ']' expected\.$/m);
    const clean = await runCli(["check", "aliases"], PROJECTS);
    assert.doesNotMatch(clean.stderr, /warning/);
  });

  test("a broken config exits with 2 and says what TypeScript could not read", async () => {
    const r = await runCli(["check", "--project", "broken"], PROJECTS);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^rnnlens: --project: broken cannot be used: .*broken\/tsconfig\.json\(7,1\): ']' expected\.$/m);
  });

  test("a missing config exits with 2 and says so", async () => {
    const none = await runCli(["check", "--project", "no-such-folder"], PROJECTS);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--project: no such file or folder: no-such-folder/);
    const empty = await runCli(["check", "--project", "outside"], PROJECTS);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /--project: outside holds no tsconfig\.json or jsconfig\.json/);
    const both = await runCli(["check", "--project", "aliases", "aliases/src"], PROJECTS);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /give no paths with it/);
  });
});
