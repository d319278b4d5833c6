// Build: check that every entry point exists, compile the WebAssembly kernels, type check the
// whole project, then bundle each entry point with esbuild. A missing entry point fails the build
// at once, naming it: a build that quietly skipped one would ship a package without it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const skipTypecheck = process.argv.includes("--no-typecheck");
// Opt-in (the `package` script): minified bundles without source maps, for the .vsix.
const minify = process.argv.includes("--minify");

/** out file -> entry (relative to the repository root) */
const entries = [
  { out: "dist/engine.js", entry: "engine/index.ts" },
  // dist/server.js is a small loader that runs the server bundle through a V8 code cache.
  { out: "dist/server-bundle.js", entry: "server/lsp/main.ts" },
  { out: "dist/server.js", entry: "server/lsp/loader.ts" },
  // Run Cell's worker thread, loaded by the server bundle from beside it.
  { out: "dist/run-cell-worker.js", entry: "server/lsp/run-cell-worker.ts" },
  { out: "dist/cli.js", entry: "server/cli/main.ts", banner: "#!/usr/bin/env node" },
  { out: "dist/extension.js", entry: "client/extension.ts", external: ["vscode"] },
  // The refactors' rewriting (ts-morph), loaded by the server on the first codeAction/resolve.
  { out: "dist/refactors.js", entry: "server/refactors/index.ts", plugins: ["ts-morph-on-host"] },
];

/**
 * ts-morph in the refactors chunk, on the server's TypeScript. `@ts-morph/common` requires its
 * own copy of the compiler (`./typescript`, 9 MB): that import (and any bare `typescript`) becomes
 * the TypeScript the server bundles, handed over at run time (server/refactors/host-typescript.ts).
 * It also holds the text of TypeScript's lib .d.ts files (2.9 MB), read only by a project that
 * loads them: the refactors' project never does (`skipLoadingLibFiles`), so the list is emptied.
 * A ts-morph whose code no longer matches fails the build here rather than shipping 3 MB more.
 */
const LIB_FILES = /\nconst libFiles = \[\{\n[\s\S]*?\n {4}\}\];\n/;
const tsMorphOnHost = {
  name: "ts-morph-on-host",
  setup(b) {
    b.onLoad({ filter: /[\\/]@ts-morph[\\/]common[\\/]dist[\\/]ts-morph-common\.js$/ }, (args) => {
      const code = readFileSync(args.path, "utf8");
      if (!LIB_FILES.test(code)) throw new Error(`${args.path}: the lib files list (const libFiles = [...]) was not found`);
      return { contents: code.replace(LIB_FILES, "\nconst libFiles = [];\n"), loader: "js" };
    });
    const shared = { path: "typescript", namespace: "host-typescript" };
    b.onResolve({ filter: /^\.\/typescript$/ }, (args) => (args.importer.includes(`${sep}@ts-morph${sep}common${sep}`) ? shared : undefined));
    b.onResolve({ filter: /^typescript$/ }, () => shared);
    b.onLoad({ filter: /.*/, namespace: "host-typescript" }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, "server/refactors/host-typescript.ts"))}).sharedTypeScript();`,
      resolveDir: root,
      loader: "js",
    }));
  },
};
const PLUGINS = { "ts-morph-on-host": tsMorphOnHost };

/**
 * The Python parser's WebAssembly (web-tree-sitter's runtime and the tree-sitter-python grammar),
 * copied next to the bundles: the parser looks for them beside its bundle first
 * (server/analysis/frontends/python/parser.ts), and the .vsix has no node_modules.
 */
const wasmAssets = [
  { out: "dist/web-tree-sitter.wasm", from: "node_modules/web-tree-sitter/web-tree-sitter.wasm" },
  { out: "dist/tree-sitter-python.wasm", from: "node_modules/tree-sitter-python/tree-sitter-python.wasm" },
];

/**
 * What the parser resolves from node_modules only when the .wasm files are not beside it (run
 * from sources): left to Node at run time rather than bundled.
 */
const wasmFallbacks = ["web-tree-sitter/web-tree-sitter.wasm", "tree-sitter-python/package.json"];

const missing = entries.filter((e) => !existsSync(join(root, e.entry)));
if (missing.length > 0) {
  for (const e of missing) console.error(`build: entry point ${e.entry} (for ${e.out}) is missing`);
  process.exit(1);
}

// The WebAssembly kernels first: the engine's sources import what this generates.
const wasm = spawnSync(process.execPath, [join(root, "scripts/build-wasm.mjs")], { stdio: "inherit" });
if (wasm.status !== 0) {
  console.error("build: the WebAssembly kernels failed to compile");
  process.exit(1);
}

if (!skipTypecheck) {
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", root], {
    stdio: "inherit",
  });
  if (tsc.status !== 0) {
    console.error("build: type check failed");
    process.exit(1);
  }
}

mkdirSync(join(root, "dist"), { recursive: true });
for (const e of entries) {
  await build({
    entryPoints: [join(root, e.entry)],
    outfile: join(root, e.out),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: !minify,
    minify,
    keepNames: minify, // error messages use constructor names
    external: [...(e.external ?? []), ...wasmFallbacks],
    // import() becomes require(): the server bundle runs through vm.Script (server/lsp/loader.ts),
    // where a dynamic import fails ("A dynamic import callback was not specified"), and
    // web-tree-sitter reads the grammar's .wasm with `await import("fs/promises")`.
    supported: { "dynamic-import": false },
    banner: e.banner ? { js: e.banner } : undefined,
    plugins: (e.plugins ?? []).map((p) => PLUGINS[p]),
    logLevel: "warning",
  });
  console.log(`build: ${e.out}`);
}
for (const a of wasmAssets) {
  const from = join(root, a.from);
  if (!existsSync(from)) {
    console.error(`build: ${a.from} (for ${a.out}) is missing: run npm ci`);
    process.exit(1);
  }
  copyFileSync(from, join(root, a.out));
  console.log(`build: ${a.out}`);
}
