// The project fixtures (test/fixtures/projects) through the built server over stdio: each file
// opened as an editor opens it gets exactly the diagnostics its caret comments expect (imports
// resolved through tsconfig `paths`, `baseUrl`, `extends`, packages, ...); a broken tsconfig is a
// warning, not a crash; and a tsconfig or package.json changed on disk changes where imports lead,
// with the open files' diagnostics following.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, describe, it } from "node:test";
import { FileChangeType, type Diagnostic, type ShowMessageParams } from "vscode-languageserver-protocol";
import { parseExpectations } from "../helpers/expectations";
import { projectFiles } from "../helpers/project-fixtures";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, messageOf, ROOT, WATCHING_CAPABILITIES } from "./client";

const SOURCES = new Set([".ts", ".js"]);


/** What a file's caret comments expect, and what the server said, in one comparable form. */
function expected(file: string, text: string): string[] {
  return parseExpectations(text, file)
    .map((x) => `${x.line + 1}:${x.start + 1}-${x.end + 1} ${x.code}${x.message ? `: ${x.message}` : ""}`)
    .sort();
}

function got(diagnostics: readonly Diagnostic[], file: string, text: string): string[] {
  const wanted = parseExpectations(text, file);
  return diagnostics
    .map((d) => {
      const at = `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${String(d.code)}`;
      // Compare with the expectation's message substring where it gives one.
      const x = wanted.find((w) => `${w.line + 1}:${w.start + 1}-${w.end + 1} ${w.code}` === at);
      return x?.message && messageOf(d).includes(x.message) ? `${at}: ${x.message}` : `${at}: ${messageOf(d)}`;
    })
    .sort();
}

describe("LSP over stdio: imports resolved through TypeScript projects", { timeout: 180_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), "rnnlens-lsp-projects-"));
    cpSync(join(ROOT, "test", "fixtures", "projects"), dir, { recursive: true });
    client = new LspClient({ capabilities: WATCHING_CAPABILITIES });
    await client.initialize();
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const codes = (uri: string) => client.latest(uri)?.diagnostics.map((d) => `${String(d.code)}: ${messageOf(d)}`).join("\n") ?? "(none)";
  const until = (uri: string, want: (codes: string) => boolean, what: string) => client.waitFor(() => want(codes(uri)), DEADLINE_MS, `${what}; last: ${codes(uri)}`);
  const warnings = () => client.received.filter((r) => r.method === "window/showMessage").map((r) => (r.params as ShowMessageParams).message);

  it("every fixture file gets the diagnostics its comments expect", async () => {
    const files = projectFiles(dir, SOURCES);
    assert.ok(files.length >= 25, `only ${files.length} files`);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const uri = fileUri(file);
      await client.open(uri, text, file.endsWith(".js") ? "javascript" : "typescript");
      const d = await client.diagnostics(uri, { version: 1 });
      const want = expected(file, text);
      const have = got(d.diagnostics, file, text);
      if (JSON.stringify(want) !== JSON.stringify(have)) problems.push(`${relative(dir, file)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
      await client.close(uri);
    }
    assert.deepEqual(problems, []);
    assert.equal(client.exitCode, null, "the server is still running");
  });

  it("a broken tsconfig.json is a warning that names it, once", async () => {
    const broken = join(dir, "broken", "tsconfig.json");
    const shown = await client.waitFor(() => warnings().filter((m) => m.includes(broken)), DEADLINE_MS, "a warning about the broken tsconfig");
    assert.equal(shown.length, 1);
    assert.match(shown[0] as string, /']' expected/);
  });

  it("a tsconfig edit on disk moves an alias, and the open file's diagnostics follow", async () => {
    const config = join(dir, "aliases", "tsconfig.json");
    const original = readFileSync(config, "utf8");
    writeFileSync(join(dir, "aliases", "src", "sizes-ok.ts"), "export const FEATURES = 10;\nexport const HIDDEN = 20;\n");
    const model = join(dir, "aliases", "src", "model.ts");
    const uri = fileUri(model);
    await client.open(uri, readFileSync(model, "utf8"));
    await until(uri, (c) => c.endsWith("Expected 10, got 12"), "the error through the aliases");

    writeFileSync(config, original.replace('"@/*": ["./src/*"]', '"@/config": ["./src/sizes-ok.ts"], "@/*": ["./src/*"]'));
    await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Changed }]);
    await until(uri, (c) => c === "", "@/config now leads to sizes-ok.ts: no error");

    writeFileSync(config, original);
    await client.filesChanged([{ uri: fileUri(config), type: FileChangeType.Changed }]);
    await until(uri, (c) => c.endsWith("Expected 10, got 12"), "the alias back where it was");
    await client.close(uri);
  });

  it("a package renamed to rnnlens in its package.json becomes the engine", async () => {
    const lite = join(dir, "packages", "src", "lite.ts");
    const uri = fileUri(lite);
    await client.open(uri, readFileSync(lite, "utf8"));
    assert.deepEqual((await client.diagnostics(uri, { version: 1 })).diagnostics, []);
    const pkg = join(dir, "packages", "node_modules", "rnnlens-lite", "package.json");
    writeFileSync(pkg, readFileSync(pkg, "utf8").replace('"name": "rnnlens-lite"', '"name": "rnnlens"'));
    await client.filesChanged([{ uri: fileUri(pkg), type: FileChangeType.Changed }]);
    await until(uri, (c) => c.endsWith("Expected 10, got 12"), "the renamed package is the engine");
    await client.close(uri);
  });

  it("a folder an alias leads to, deleted as one event for the folder, leaves no stale diagnostics", async () => {
    // VS Code folds the deletions of a folder's files into one event for the folder, which only a
    // watcher that matches folders reports (microsoft/vscode#109754, as designed).
    const model = join(dir, "aliases", "src", "model.ts");
    const uri = fileUri(model);
    await client.open(uri, readFileSync(model, "utf8"));
    await until(uri, (c) => c.endsWith("Expected 10, got 12"), "the engine through the @engine barrel");
    const engine = join(dir, "aliases", "src", "engine");
    const saved = join(dir, "engine-saved");
    cpSync(engine, saved, { recursive: true });
    rmSync(engine, { recursive: true });
    await client.filesChanged([{ uri: fileUri(engine), type: FileChangeType.Deleted }]);
    await until(uri, (c) => c === "", "@engine leads nowhere: nothing is known of nn");
    cpSync(saved, engine, { recursive: true });
    await client.filesChanged([{ uri: fileUri(join(engine, "index.ts")), type: FileChangeType.Created }, { uri: fileUri(join(engine, "core.ts")), type: FileChangeType.Created }]);
    await until(uri, (c) => c.endsWith("Expected 10, got 12"), "the barrel back");
    await client.close(uri);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
