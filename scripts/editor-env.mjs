#!/usr/bin/env node
// Installs what the in-editor tests need, idempotently (what is already there is reused):
//   - Debian packages: chromium (the browser playwright-core drives), ripgrep (stands in for
//     @vscode/ripgrep's GitHub download), libkrb5-dev (code-server's kerberos module);
//   - code-server (a real VS Code, 1.100.3) from npm, into .cache/code-server/ (never a
//     devDependency: ~300 MB and native modules).
// Nothing is downloaded from outside the npm registry and Debian's archive. When something cannot
// be installed, it says exactly what is missing and exits 1 — it never skips silently.
// Everything is logged to .cache/editor-env.log; the log's tail is printed on failure.
//
// Usage: node scripts/editor-env.mjs [--print-paths]
// Other scripts import { ensureEditorEnv, editorPaths } from this file.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const CODE_SERVER_VERSION = "4.100.3";
const RIPGREP_PACKAGE_VERSION = "1.15.11";
const RIPGREP_ASSET = "ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz";
const APT_PACKAGES = [
  { pkg: "chromium", provides: "/usr/bin/chromium" },
  { pkg: "ripgrep", provides: "/usr/bin/rg" },
  { pkg: "libkrb5-dev", provides: "/usr/include/gssapi/gssapi.h" },
];
// npm 11 blocks dependency install scripts unless allowed by name. Allowed in the top-level
// install (code-server's own postinstall is run separately, see below):
const TOP_LEVEL_SCRIPTS = { argon2: true, "code-server": false };
// ...and in code-server's nested `npm install` in lib/vscode (its native modules):
const VSCODE_SCRIPTS = [
  "@parcel/watcher",
  "@vscode/deviceid",
  "@vscode/ripgrep",
  "@vscode/spdlog",
  "@vscode/windows-ca-certs",
  "@vscode/windows-process-tree",
  "@vscode/windows-registry",
  "kerberos",
  "native-watchdog",
  "node-pty",
];

export function editorPaths() {
  const cache = process.env.RNNLENS_EDITOR_CACHE ?? join(root, ".cache");
  const csDir = join(cache, "code-server");
  const pkg = join(csDir, "node_modules", "code-server");
  return {
    root,
    cache,
    codeServerDir: csDir,
    codeServerPackage: pkg,
    codeServerEntry: join(pkg, "out", "node", "entry.js"),
    marker: join(csDir, ".rnnlens-installed"),
    log: join(cache, "editor-env.log"),
    chromium: "/usr/bin/chromium",
  };
}

class EnvError extends Error {}

function logTo(file, text) {
  appendFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
}

function tail(file, lines) {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

/** Runs a command, output appended to the log; throws EnvError with `what` on failure. */
function run(log, what, cmd, args, opts = {}) {
  logTo(log, `\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...opts });
  logTo(log, `${r.stdout ?? ""}${r.stderr ?? ""}`);
  if (r.error) throw new EnvError(`${what}: ${r.error.message}`);
  if (r.status !== 0) throw new EnvError(`${what}: \`${cmd} ${args.join(" ")}\` exited with ${r.status ?? r.signal}`);
  return r.stdout ?? "";
}

function dpkgInstalled(pkg) {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() === "install ok installed";
}

function ensureAptPackages(log, say) {
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p.pkg) || !existsSync(p.provides));
  if (missing.length === 0) {
    say(`Debian packages present: ${APT_PACKAGES.map((p) => p.pkg).join(", ")}`);
    return;
  }
  const names = missing.map((p) => p.pkg);
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    throw new EnvError(`missing Debian packages ${names.join(", ")}; not root, so cannot install them: run \`apt-get update && apt-get install -y ${names.join(" ")}\` as root`);
  }
  say(`installing Debian packages: ${names.join(", ")} (apt-get update, then apt-get install)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run(log, "apt-get update failed", "apt-get", ["update"], { env });
  run(log, `apt-get install of ${names.join(", ")} failed`, "apt-get", ["install", "-y", "--no-install-recommends", ...names], { env });
  const still = missing.filter((p) => !dpkgInstalled(p.pkg) || !existsSync(p.provides));
  if (still.length > 0) {
    throw new EnvError(`after apt-get install, still missing: ${still.map((p) => `${p.pkg} (${p.provides})`).join(", ")}`);
  }
}

/** The user's npm configuration (e.g. `nodedir`, a CA file), kept in the install's own user config. */
function currentUserNpmrc() {
  const r = spawnSync("npm", ["config", "get", "userconfig"], { encoding: "utf8" });
  const file = r.status === 0 ? r.stdout.trim() : "";
  return file && existsSync(file) ? readFileSync(file, "utf8") : "";
}

function codeServerReady(paths) {
  if (!existsSync(paths.marker) || !existsSync(paths.codeServerEntry)) return false;
  try {
    const v = JSON.parse(readFileSync(join(paths.codeServerPackage, "package.json"), "utf8")).version;
    return v === CODE_SERVER_VERSION && readFileSync(paths.marker, "utf8").trim() === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

/** Files a working code-server install has; each missing one is named. */
function verifyCodeServer(paths, log) {
  const vs = join(paths.codeServerPackage, "lib", "vscode");
  const required = [
    [paths.codeServerEntry, "code-server's entry point"],
    [join(vs, "node_modules", "@vscode", "ripgrep", "bin", "rg"), "ripgrep for code-server (@vscode/ripgrep/bin/rg)"],
    [join(vs, "node_modules", "node-pty", "build", "Release", "pty.node"), "node-pty's native module"],
    [join(vs, "node_modules", "@vscode", "spdlog", "build", "Release", "spdlog.node"), "@vscode/spdlog's native module"],
    [join(vs, "node_modules", "kerberos", "build", "Release", "kerberos.node"), "kerberos's native module"],
    [join(vs, "node_modules", "native-watchdog", "build", "Release", "watchdog.node"), "native-watchdog's native module"],
    [join(vs, "extensions", "node_modules", "typescript"), "the built-in extensions' dependencies"],
    [join(vs, "node_modules.asar"), "the node_modules.asar link postinstall makes"],
  ];
  const missing = required.filter(([f]) => !existsSync(f)).map(([f, what]) => `${what} (${f})`);
  if (missing.length > 0) throw new EnvError(`code-server ${CODE_SERVER_VERSION} installed incompletely; missing:\n  ${missing.join("\n  ")}`);
  const version = run(log, "code-server does not start", process.execPath, [paths.codeServerEntry, "--version"], {
    env: { ...process.env, HOME: paths.codeServerDir, XDG_CONFIG_HOME: join(paths.codeServerDir, "xdg-config"), XDG_DATA_HOME: join(paths.codeServerDir, "xdg-data") },
  });
  if (!version.split("\n").some((l) => l.startsWith(`${CODE_SERVER_VERSION} `))) {
    throw new EnvError(`code-server --version printed ${JSON.stringify(version.trim())}, expected ${CODE_SERVER_VERSION}`);
  }
}

function ensureCodeServer(paths, log, say) {
  if (codeServerReady(paths)) {
    say(`code-server ${CODE_SERVER_VERSION} present in ${paths.codeServerDir}`);
    return;
  }
  // An install that finished but was not marked (e.g. interrupted at the very end) is reused
  // once it checks out.
  if (existsSync(paths.codeServerEntry)) {
    try {
      verifyCodeServer(paths, log);
      writeFileSync(paths.marker, `${CODE_SERVER_VERSION}\n`);
      say(`code-server ${CODE_SERVER_VERSION} present in ${paths.codeServerDir} (checked)`);
      return;
    } catch (e) {
      say(`existing code-server install unusable (${e instanceof Error ? e.message : String(e)}); installing afresh`);
    }
  }
  const major = Number(process.versions.node.split(".")[0]);
  if (major !== 20) throw new EnvError(`code-server ${CODE_SERVER_VERSION} needs Node.js 20 (its postinstall refuses others); this is Node.js ${process.versions.node}`);
  for (const tool of ["g++", "make", "python3", "tar"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) throw new EnvError(`missing ${tool}, needed to build code-server's native modules`);
  }
  say(`installing code-server ${CODE_SERVER_VERSION} from npm into ${paths.codeServerDir} (about a minute)`);
  rmSync(paths.codeServerDir, { recursive: true, force: true });
  mkdirSync(paths.codeServerDir, { recursive: true });
  const tmp = join(paths.codeServerDir, "tmp");
  const home = join(paths.codeServerDir, "home");
  mkdirSync(home, { recursive: true });
  // @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds this cached
  // asset in $TMPDIR: a tarball with Debian's rg at its top level.
  const rgCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(rgCache, { recursive: true });
  run(log, "could not pack Debian's rg for @vscode/ripgrep", "tar", ["-czf", join(rgCache, RIPGREP_ASSET), "-C", "/usr/bin", "rg"]);
  writeFileSync(
    join(paths.codeServerDir, "package.json"),
    `${JSON.stringify(
      {
        name: "rnnlens-editor-env",
        private: true,
        description: "code-server for RNN Lens's in-editor tests (written by scripts/editor-env.mjs)",
        dependencies: { "code-server": CODE_SERVER_VERSION },
        allowScripts: TOP_LEVEL_SCRIPTS,
      },
      null,
      2,
    )}\n`,
  );
  // The user's npm settings (e.g. `nodedir`, so node-gyp finds Node's headers without a
  // download) still apply with HOME pointing elsewhere.
  const userconfig = join(paths.codeServerDir, "npmrc");
  writeFileSync(userconfig, currentUserNpmrc());
  const env = {
    ...process.env,
    TMPDIR: tmp,
    HOME: home,
    // code-server refuses to run its postinstall as root without this.
    npm_config_unsafe_perm: "true",
    // node-pty's postinstall runs `npx node-gyp`, which cancels at its prompt without this.
    npm_config_yes: "true",
    npm_config_userconfig: userconfig,
    // Native modules (argon2, kerberos, ...) build here rather than trying prebuilt binaries from
    // GitHub, which this machine cannot reach.
    npm_config_build_from_source: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_cache: join(process.env.HOME ?? home, ".npm"),
  };
  try {
    run(log, `npm install of code-server@${CODE_SERVER_VERSION} failed`, "npm", ["install", "--no-audit", "--no-fund", "--foreground-scripts"], {
      cwd: paths.codeServerDir,
      env,
    });
    // code-server's postinstall runs `npm install` in lib/vscode and lib/vscode/extensions, whose
    // package.json has no allowScripts (npm rejects --allow-scripts, also from the environment,
    // in project-scoped installs): add the list there, then run the postinstall ourselves as
    // npm would (it reads npm's user agent to pick the package manager).
    const vscodePkgFile = join(paths.codeServerPackage, "lib", "vscode", "package.json");
    const vscodePkg = JSON.parse(readFileSync(vscodePkgFile, "utf8"));
    vscodePkg.allowScripts = Object.fromEntries(VSCODE_SCRIPTS.map((n) => [n, true]));
    writeFileSync(vscodePkgFile, `${JSON.stringify(vscodePkg, null, 2)}\n`);
    const npmVersion = run(log, "npm --version failed", "npm", ["--version"]).trim();
    run(log, "code-server's postinstall (native modules, built-in extensions) failed", "sh", ["./postinstall.sh"], {
      cwd: paths.codeServerPackage,
      env: { ...env, npm_config_user_agent: `npm/${npmVersion} node/${process.version} ${process.platform} ${process.arch} workspaces/false` },
    });
    verifyCodeServer(paths, log);
  } catch (e) {
    // A broken install is never reused.
    rmSync(paths.marker, { force: true });
    throw e;
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(paths.marker, `${CODE_SERVER_VERSION}\n`);
  say(`code-server ${CODE_SERVER_VERSION} installed`);
}

function ensureNodeDevDependencies() {
  const needed = ["@vscode/test-electron", "mocha", "playwright-core", "esbuild"];
  const missing = needed.filter((n) => !existsSync(join(root, "node_modules", n, "package.json")));
  if (missing.length > 0) throw new EnvError(`missing devDependencies ${missing.join(", ")}: run \`npm ci\` (or \`npm install\`) in ${root}`);
}

/** Makes sure everything is installed; returns the paths. Throws (with the log's tail printed) on failure. */
export function ensureEditorEnv({ quiet = false } = {}) {
  const paths = editorPaths();
  mkdirSync(paths.cache, { recursive: true });
  writeFileSync(paths.log, `editor-env ${new Date().toISOString()}\n`);
  const say = (m) => {
    logTo(paths.log, `# ${m}`);
    if (!quiet) console.log(`editor-env: ${m}`);
  };
  try {
    ensureNodeDevDependencies();
    ensureAptPackages(paths.log, say);
    ensureCodeServer(paths, paths.log, say);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`editor-env: FAILED: ${message}`);
    console.error(`editor-env: last lines of ${paths.log}:\n${tail(paths.log, 60)}`);
    throw new EnvError(message);
  }
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const paths = ensureEditorEnv();
    if (process.argv.includes("--print-paths")) console.log(JSON.stringify(paths, null, 2));
  } catch {
    process.exit(1);
  }
}
