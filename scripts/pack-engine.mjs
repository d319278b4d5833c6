// `npm run pack:engine`: the engine as the installable `rnnlens` library, packed into exactly one
// .tgz in dist/pack/ (docs/architecture.md#the-library). The extension stays its own package
// (the repository's package.json); this one is staged in dist/engine-package/ from:
//   index.cjs    CommonJS, Node 20+              (exports "require")
//   index.mjs    ESM, Node 20+                   (exports "import")
//   browser.mjs  ESM without Node's modules      (exports "browser": bundlers, <script type=module>)
//   index.d.cts / index.d.mts  one bundled declaration file, for each module system
//   cli.cjs      the `rnnlens` command (TypeScript and the Python parser come from the user's
//                project: optional peer dependencies, so the engine itself has no dependencies)
// The WebAssembly kernels are inside the bundles (base64); nothing else of the repository ships.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--out DIR` stages and packs under DIR instead of dist/ (tests that run at once each use their own).
const outArg = process.argv.indexOf("--out");
const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, "dist");
const stage = join(out, "engine-package");
const packDir = join(out, "pack");
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`pack:engine: ${what} failed`);
    process.exit(1);
  }
}

// The kernels' generated binaries, which the engine's sources import.
run([join(root, "scripts/build-wasm.mjs")], "compiling the WebAssembly kernels");

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

/** The browser build's runtime: engine/platform/browser.ts wherever the engine imports ../platform. */
const browserPlatform = {
  name: "rnnlens-browser-platform",
  setup(b) {
    b.onResolve({ filter: /(^|\/)platform$/ }, (args) =>
      args.resolveDir.startsWith(join(root, "engine")) ? { path: join(root, "engine/platform/browser.ts") } : undefined,
    );
  },
};

const common = {
  entryPoints: [join(root, "engine/index.ts")],
  bundle: true,
  target: "es2022",
  // Error classes report their constructor names; keep them through any later minifier too.
  keepNames: true,
  legalComments: "none",
  logLevel: "warning",
};
await build({ ...common, outfile: join(stage, "index.cjs"), format: "cjs", platform: "node", target: "node20" });
await build({ ...common, outfile: join(stage, "index.mjs"), format: "esm", platform: "node", target: "node20" });
await build({ ...common, outfile: join(stage, "browser.mjs"), format: "esm", platform: "browser", plugins: [browserPlatform] });

// The CLI: the same bundle as dist/cli.js, but TypeScript and the Python parser's WebAssembly are
// the user's (optional peer dependencies) rather than 10 MB inside the package.
await build({
  entryPoints: [join(root, "server/cli/main.ts")],
  outfile: join(stage, "cli.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: true,
  keepNames: true,
  external: ["typescript", "web-tree-sitter/web-tree-sitter.wasm", "tree-sitter-python/package.json"],
  supported: { "dynamic-import": false },
  banner: { js: "#!/usr/bin/env node" },
  legalComments: "none",
  logLevel: "warning",
});

// One declaration file for both module systems: it imports nothing, so its content is the same;
// the two extensions tell TypeScript which system each build is.
const dts = join(stage, "index.d.ts");
run(
  [join(root, "node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js"), "--silent", "--no-banner", "--project", join(root, "scripts/engine-types.tsconfig.json"), "-o", dts, join(root, "engine/index.ts")],
  "bundling the declarations",
);
copyFileSync(dts, join(stage, "index.d.cts"));
copyFileSync(dts, join(stage, "index.d.mts"));
rmSync(dts);

const peers = (names) => Object.fromEntries(names.map((n) => [n, n === "typescript" ? ">=5.0" : rootManifest.dependencies[n]]));
const manifest = {
  name: "rnnlens",
  version: rootManifest.version,
  description: "PyTorch's RNN, GRU and LSTM (and their cells) for TypeScript and JavaScript: same arguments, parameter names, initialisation, results and error messages. Node 20+ and browsers, WebAssembly SIMD kernels, safetensors weights.",
  license: rootManifest.license,
  repository: rootManifest.repository,
  keywords: ["pytorch", "lstm", "gru", "rnn", "tensor", "safetensors", "webassembly", "recurrent neural network"],
  engines: { node: ">=20" },
  main: "./index.cjs",
  module: "./index.mjs",
  types: "./index.d.cts",
  exports: {
    ".": {
      import: { types: "./index.d.mts", browser: "./browser.mjs", default: "./index.mjs" },
      require: { types: "./index.d.cts", default: "./index.cjs" },
    },
    "./browser": { types: "./index.d.mts", default: "./browser.mjs" },
    "./package.json": "./package.json",
  },
  bin: { rnnlens: "./cli.cjs" },
  files: ["index.cjs", "index.mjs", "browser.mjs", "index.d.cts", "index.d.mts", "cli.cjs", "README.md", "LICENSE"],
  sideEffects: false,
  // Only the `rnnlens` command needs them: TypeScript for .ts/.js files, the parser for .py files.
  peerDependencies: peers(["typescript", "web-tree-sitter", "tree-sitter-python"]),
  peerDependenciesMeta: { typescript: { optional: true }, "web-tree-sitter": { optional: true }, "tree-sitter-python": { optional: true } },
};
writeFileSync(join(stage, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
copyFileSync(join(root, "engine/README.md"), join(stage, "README.md"));
copyFileSync(join(root, "LICENSE"), join(stage, "LICENSE"));

// Exactly one tarball: an older one (another version) would be ambiguous.
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const npmCli = process.env.npm_execpath && process.env.npm_execpath.endsWith(".js") ? [process.execPath, process.env.npm_execpath] : ["npm"];
const pack = spawnSync(npmCli[0], [...npmCli.slice(1), "pack", "--json", "--pack-destination", packDir], { cwd: stage, encoding: "utf8" });
if (pack.status !== 0) {
  console.error(pack.stderr);
  console.error("pack:engine: npm pack failed");
  process.exit(1);
}
const [info] = JSON.parse(pack.stdout);
const tarballs = readdirSync(packDir);
console.log(`pack:engine: ${relative(root, packDir) || "."}/${tarballs.join(", ")} (${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked)`);
for (const f of info.files) console.log(`  ${f.path.padEnd(14)} ${(f.size / 1024).toFixed(1).padStart(8)} kB`);
