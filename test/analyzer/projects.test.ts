// Module resolution through TypeScript projects (server/analysis/projects.ts): each folder of
// test/fixtures/projects is a project (tsconfig `paths`, `baseUrl`, `extends`, include/exclude/
// files, installed packages, `.js` specifiers, a jsconfig, a broken config, a file outside every
// project) whose files carry their expected diagnostics as caret comments, checked through one
// Workspace per project by the fixtures' helper. Then: which project each file gets, and a config
// or package.json changed on disk changing the diagnostics that follow.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { Workspace } from "../../server/analysis/workspace";
import { checkFixture, parseExpectations } from "../helpers/expectations";
import { projectFiles as projectFilesWith } from "../helpers/project-fixtures";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const projectsRoot = join(root, "test", "fixtures", "projects");
const SOURCES = new Set([".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"]);

/** A project's own source files: not its installed packages (they are read only when imported). */
const projectFiles = (dir: string): string[] => projectFilesWith(dir, SOURCES);

const projects = readdirSync(projectsRoot).filter((n) => statSync(join(projectsRoot, n)).isDirectory()).sort();

describe("project fixtures", () => {
  for (const name of projects) {
    it(name, () => {
      const problems = checkFixture(projectFiles(join(projectsRoot, name)), projectsRoot).flatMap((r) => r.problems);
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  }

  it("each project fixture expects a diagnostic its imports must resolve to find", () => {
    for (const name of projects) {
      const expected = projectFiles(join(projectsRoot, name)).flatMap((f) => parseExpectations(readFileSync(f, "utf8"), f));
      assert.ok(expected.length > 0, `${name}: no expectation`);
    }
  });

  it("every file gets the project tsserver would give it", () => {
    const ws = new Workspace();
    const configOf = (file: string) => {
      const c = ws.projectOf(join(projectsRoot, file)).configFile;
      return c === null ? null : relative(projectsRoot, c);
    };
    assert.equal(configOf("aliases/src/model.ts"), "aliases/tsconfig.json");
    assert.equal(configOf("extends/src/model.ts"), "extends/tsconfig.json");
    assert.equal(configOf("extends/extra/entry.ts"), "extends/tsconfig.json", "listed in `files`");
    assert.equal(configOf("extends/src/legacy/old.ts"), null, "excluded: no project includes it");
    assert.equal(configOf("jsconfig/src/model.js"), "jsconfig/jsconfig.json");
    assert.equal(configOf("outside/loose.ts"), null);
    assert.equal(configOf("solution/src/model.ts"), "solution/tsconfig.app.json", "the referenced project that includes it");
    assert.deepEqual(ws.projectOf(join(projectsRoot, "aliases/src/model.ts")).problems, []);
    const broken = ws.projectOf(join(projectsRoot, "broken/src/model.ts"));
    assert.equal(broken.configFile, join(projectsRoot, "broken/tsconfig.json"));
    assert.ok(broken.problems.length > 0 && broken.problems.every((p) => p.startsWith(join(projectsRoot, "broken/tsconfig.json"))), broken.problems.join("\n"));
    const extended = ws.projectOf(join(projectsRoot, "extends/src/model.ts")).options;
    assert.deepEqual(extended.paths, { "#lib/*": ["../lib/*"] }, "paths from the extended config");
  });
});

describe("project changes on disk", () => {
  const tmp = mkdtempSync(join(tmpdir(), "rnnlens-projects-"));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const codes = (ws: Workspace, file: string) => ws.analyze(file).findings.map((f) => `${f.code}: ${f.message}`);
  /** A copy of the aliases project (under `name`) without the files `remove`, its model.ts open in a new Workspace. */
  const aliasesCopy = (name: string, ...remove: string[]) => {
    const dir = join(tmp, name);
    cpSync(join(projectsRoot, "aliases"), dir, { recursive: true });
    for (const r of remove) rmSync(join(dir, r), { recursive: true });
    const model = join(dir, "src", "model.ts");
    const ws = new Workspace();
    ws.setText(model, readFileSync(model, "utf8"));
    return { dir, model, ws };
  };

  it("a tsconfig edit moves an alias, and the diagnostics follow", () => {
    const dir = join(tmp, "aliases");
    cpSync(join(projectsRoot, "aliases"), dir, { recursive: true });
    writeFileSync(join(dir, "src", "sizes-ok.ts"), "export const FEATURES = 10;\nexport const HIDDEN = 20;\n");
    const model = join(dir, "src", "model.ts");
    const ws = new Workspace();
    ws.setText(model, readFileSync(model, "utf8"));
    assert.deepEqual(codes(ws, model), ["input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 12"]);
    const config = join(dir, "tsconfig.json");
    writeFileSync(config, readFileSync(config, "utf8").replace('"@/*": ["./src/*"]', '"@/config": ["./src/sizes-ok.ts"], "@/*": ["./src/*"]'));
    assert.deepEqual(ws.diskChanged([config]), [model], "every open file is checked again");
    assert.deepEqual(codes(ws, model), [], "@/config now leads to sizes-ok.ts");
    assert.equal(ws.projectOf(model).options.paths?.["@/config"]?.[0], "./src/sizes-ok.ts");
    // A checkout changes a config and sources in one batch: both are read again.
    writeFileSync(config, readFileSync(join(projectsRoot, "aliases", "tsconfig.json"), "utf8"));
    writeFileSync(join(dir, "src", "config.ts"), "export const FEATURES = 11;\nexport const HIDDEN = 20;\n");
    ws.diskChanged([config, join(dir, "src", "config.ts")]);
    assert.deepEqual(codes(ws, model), ["input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 11"]);
  });

  it("a package.json renamed to rnnlens makes the package the engine", () => {
    const dir = join(tmp, "rename");
    cpSync(join(projectsRoot, "packages"), dir, { recursive: true });
    const lite = join(dir, "src", "lite.ts");
    const ws = new Workspace();
    ws.setText(lite, readFileSync(lite, "utf8"));
    assert.deepEqual(codes(ws, lite), [], "rnnlens-lite is another package");
    const pkg = join(dir, "node_modules", "rnnlens-lite", "package.json");
    writeFileSync(pkg, readFileSync(pkg, "utf8").replace('"name": "rnnlens-lite"', '"name": "rnnlens"'));
    ws.diskChanged([pkg]);
    assert.deepEqual(codes(ws, lite), ["input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 12"]);
  });

  it("an editor's unsaved document is what an alias finds, until it is closed", () => {
    const { dir, model, ws } = aliasesCopy("unsaved", "src/config.ts");
    const config = join(dir, "src", "config.ts");
    assert.deepEqual(codes(ws, model), []);
    ws.setText(config, "export const FEATURES = 12;\nexport const HIDDEN = 20;\n");
    assert.deepEqual(ws.dependents(config), [model]);
    assert.equal(codes(ws, model).length, 1, "@/config is the open document");
    ws.close(config);
    assert.deepEqual(codes(ws, model), [], "closed, it is gone: nothing on disk");
  });

  it("a folder deleted as one event forgets the files read from it", () => {
    // Editors fold the deletions of a folder's files into one event for the folder.
    const { dir, model, ws } = aliasesCopy("folder-gone");
    assert.equal(codes(ws, model).length, 1);
    rmSync(join(dir, "src", "engine"), { recursive: true });
    assert.deepEqual(ws.diskChanged([join(dir, "src", "engine")]), [model]);
    assert.deepEqual(ws.resolveImport(model, "@engine"), { kind: "unresolved" }, "the barrel's copy read before is gone");
    assert.deepEqual(codes(ws, model), []);
  });

  it("a file that appears in a folder a referenced config includes outside its own folder joins its project", () => {
    const dir = join(tmp, "include-outside");
    mkdirSync(join(dir, "app", "src"), { recursive: true });
    mkdirSync(join(dir, "common"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ files: [], references: [{ path: "./app" }] }));
    const config = join(dir, "app", "tsconfig.json");
    writeFileSync(config, JSON.stringify({ compilerOptions: { moduleResolution: "bundler", module: "esnext", paths: { "@common/*": ["../common/*"] } }, include: ["src", "../common"] }));
    const model = join(dir, "app", "src", "model.ts");
    writeFileSync(model, "export const HIDDEN = 20;\n");
    const ws = new Workspace();
    assert.equal(ws.projectOf(model).configFile, config);
    const sizes = join(dir, "common", "sizes.ts");
    writeFileSync(sizes, "export const FEATURES = 12;\n");
    ws.diskChanged([sizes]);
    assert.equal(ws.projectOf(sizes).configFile, config, "the solution's app config includes ../common");
  });

  it("a file that appears on disk is what a cached failed resolution now finds", () => {
    const { dir, model, ws } = aliasesCopy("appears", "src/config.ts");
    const config = join(dir, "src", "config.ts");
    assert.deepEqual(codes(ws, model), [], "@/config does not resolve: FEATURES is unknown");
    writeFileSync(config, "export const FEATURES = 12;\nexport const HIDDEN = 20;\n");
    assert.deepEqual(ws.diskChanged([config]), [model]);
    assert.equal(codes(ws, model).length, 1);
  });
});
