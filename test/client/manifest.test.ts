// The extension manifest (package.json) agrees with the client's code and the server's settings.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { COMMANDS, DOCUMENT_SELECTOR, LANGUAGES, RUN_CELL_VIEW_TYPE } from "../../client/constants";
import { PANEL_TITLE } from "../../client/webview/render";
import { NOTEBOOK_TYPES, RUN_CELL_COMMAND } from "../../server/lsp/protocol";
import { DEFAULT_SETTINGS } from "../../server/lsp/settings";

const root = join(import.meta.dirname, "../..");

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  categories: string[];
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string } };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { title: string; properties: Record<string, { default: unknown; description?: string; markdownDescription?: string; type: string }> };
  };
}
const m = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;

describe("extension manifest", () => {
  it("keeps main and the engine range", () => {
    assert.equal(m.main, "./dist/extension.js");
    assert.equal(m.engines.vscode, "^1.100.0");
    assert.deepEqual(m.categories, ["Linters", "Programming Languages", "Machine Learning"]);
  });

  it("contributes the three commands under the RNN Lens category", () => {
    const byId = new Map(m.contributes.commands.map((c) => [c.command, c]));
    assert.deepEqual([...byId.keys()].sort(), Object.values(COMMANDS).sort());
    for (const c of byId.values()) assert.equal(c.category, "RNN Lens");
    assert.equal(byId.get(RUN_CELL_COMMAND)?.title, "Run Cell on Sample Input", "the palette shows “RNN Lens: Run Cell on Sample Input”");
    assert.equal(byId.get(COMMANDS.restartServer)?.title, "Restart Server");
    assert.equal(byId.get(COMMANDS.showOutput)?.title, "Show Output");
    assert.equal(COMMANDS.runCellOnSampleInput, RUN_CELL_COMMAND, "the code lens's command is the client's");
  });

  it("puts Run Cell in the editor context menu of the checked languages only (TS/JS and Python)", () => {
    const entry = m.contributes.menus["editor/context"]?.find((e) => e.command === RUN_CELL_COMMAND);
    assert.ok(entry);
    assert.equal(entry.when, "editorLangId =~ /^((typescript|javascript)(react)?|python)$/");
    const re = /^((typescript|javascript)(react)?|python)$/;
    for (const l of LANGUAGES) assert.match(l, re);
    for (const l of ["json", "typescriptx", "pythonx", "cython", "jupyter"]) assert.doesNotMatch(l, re);
  });

  it("checks Python documents: the client's documentSelector has python files and untitled documents", () => {
    for (const scheme of ["file", "untitled"]) assert.ok(DOCUMENT_SELECTOR.some((d) => d.language === "python" && "scheme" in d && d.scheme === scheme), scheme);
    assert.equal(DOCUMENT_SELECTOR.filter((d) => "scheme" in d).length, LANGUAGES.length * 2, "every language in both schemes");
  });

  it("checks the Python cells of Jupyter notebooks and the Interactive Window, and no other cells", () => {
    const cells = DOCUMENT_SELECTOR.filter((d) => "notebook" in d);
    assert.deepEqual(cells, [
      { notebook: "jupyter-notebook", language: "python" },
      { notebook: "interactive", language: "python" },
    ]);
    assert.deepEqual([...NOTEBOOK_TYPES], ["jupyter-notebook", "interactive"], "the notebook types the server syncs");
    for (const d of cells) assert.ok(!("scheme" in d), "a cell's scheme is vscode-notebook-cell, never file: no scheme in its filter");
  });

  it("documents every setting the server reads, with the server's defaults", () => {
    const p = m.contributes.configuration.properties;
    assert.equal(m.contributes.configuration.title, "RNN Lens");
    const expected: Record<string, unknown> = {
      "rnnlens.enable": DEFAULT_SETTINGS.enable,
      "rnnlens.inlayHints.enabled": DEFAULT_SETTINGS.inlayHintsEnabled,
      "rnnlens.sampleDims": DEFAULT_SETTINGS.sampleDims,
      "rnnlens.engineModules": DEFAULT_SETTINGS.engineModules,
      "rnnlens.maxFileSize": DEFAULT_SETTINGS.maxFileSize,
      "rnnlens.trace.server": DEFAULT_SETTINGS.trace,
      "rnnlens.engine.kernels": DEFAULT_SETTINGS.engineKernels,
      "rnnlens.engine.threads": DEFAULT_SETTINGS.engineThreads,
      "rnnlens.runCell.maxMemoryMB": DEFAULT_SETTINGS.runCellMaxMemoryMB,
      "rnnlens.exclude": DEFAULT_SETTINGS.exclude,
    };
    assert.deepEqual(Object.keys(p).sort(), Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) {
      assert.deepEqual(p[k]?.default, v, k);
      assert.ok((p[k]?.description ?? p[k]?.markdownDescription ?? "").length > 20, `${k} is described`);
    }
    const docs = readFileSync(join(root, "docs/settings.md"), "utf8");
    for (const k of Object.keys(expected)) assert.ok(docs.includes(`\`${k}\``), `docs/settings.md covers ${k}`);
  });

  it("offers the kernels and thread range the server accepts", () => {
    const p = m.contributes.configuration.properties as Record<string, { enum?: string[]; enumDescriptions?: string[]; minimum?: number; maximum?: number }>;
    assert.deepEqual(p["rnnlens.engine.kernels"]?.enum, ["auto", "wasm", "typescript"]);
    assert.equal(p["rnnlens.engine.kernels"]?.enumDescriptions?.length, 3);
    assert.equal(p["rnnlens.engine.threads"]?.minimum, 1);
    assert.equal(p["rnnlens.engine.threads"]?.maximum, 16);
    const docs = readFileSync(join(root, "docs/settings.md"), "utf8");
    for (const v of ["RNNLENS_KERNELS", "RNNLENS_THREADS"]) assert.ok(docs.includes(`\`${v}\``), `docs/settings.md covers ${v}`);
  });

  it("activates on TS/JS, Python and notebooks, and runs in untrusted workspaces", () => {
    assert.deepEqual([...m.activationEvents].sort(), [...LANGUAGES.map((l) => `onLanguage:${l}`), ...NOTEBOOK_TYPES.map((n) => `onNotebook:${n}`)].sort());
    assert.ok(m.activationEvents.includes("onLanguage:python"));
    assert.equal(m.capabilities.untrustedWorkspaces.supported, true);
    assert.ok("supported" in m.capabilities.virtualWorkspaces);
  });

  it("has a 128×128 PNG icon", () => {
    const png = readFileSync(join(root, m.icon));
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it("packages one bundled .vsix from an allow-list", () => {
    assert.match(m.scripts["package"] ?? "", /build\.mjs --minify && vsce package --no-dependencies/);
    assert.match(m.devDependencies["@vscode/vsce"] ?? "", /^\d+\.\d+\.\d+$/, "pinned");
    assert.equal(m.devDependencies["vscode-languageclient"], "11.0.0");
    assert.match(m.devDependencies["@types/vscode"] ?? "", /^1\.100\.\d+$/);
    const ignore = readFileSync(join(root, ".vscodeignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    assert.equal(ignore[0], "**");
    for (const f of ["!dist/extension.js", "!dist/server.js", "!dist/server-bundle.js", "!dist/run-cell-worker.js", "!dist/refactors.js", "!dist/web-tree-sitter.wasm", "!dist/tree-sitter-python.wasm", "!package.json", "!README.md", "!LICENSE", `!${m.icon}`]) assert.ok(ignore.includes(f), f);
    assert.ok(existsSync(join(root, "LICENSE")));
  });

  it("names the webview as the issue does", () => {
    assert.equal(PANEL_TITLE, "RNN Lens: Run Cell");
    assert.equal(RUN_CELL_VIEW_TYPE, "rnnlens.runCell");
  });
});
