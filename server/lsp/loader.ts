/**
 * `dist/server.js`: starts the language server bundle (`dist/server-bundle.js`) through a V8
 * code cache. Most of a cold start is compiling the bundle (TypeScript's compiler is in it); with
 * the cache, spawn → initialize went from ~450–670 ms to ~210–310 ms here (docs/performance.md).
 * The cache is written once per bundle and Node version, two seconds after start or at exit (so
 * it also holds the functions the first analysis compiled). V8 checks it against the source and
 * rejects a stale one, and any failure (no folder, no permission) just means compiling without it.
 *
 * Where: a folder only this user can write (a cache another user could plant is code we would
 * load), never the shared temp folder — see cache-dir.ts.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { ensurePrivateDir, userCacheDir } from "./cache-dir";

/** Node's CommonJS internals the loader needs to run a file as a module (not in the public types). */
interface ModuleInternals {
  wrap(code: string): string;
  _nodeModulePaths(from: string): string[];
}

const CACHE_DELAY_MS = 2000;

/** The cache file for this bundle and runtime, or null when there is no private folder for it. */
function cachePath(file: string): string | null {
  const dir = ensurePrivateDir(userCacheDir(process.env));
  if (dir === null) return null;
  const st = statSync(file);
  const key = createHash("sha256").update(`${file}:${st.size}:${st.mtimeMs}:${process.version}:${process.arch}`).digest("hex").slice(0, 16);
  return join(dir, `server-${key}.v8cache`);
}

function readCache(path: string | null): Buffer | undefined {
  if (path === null) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

const file = join(__dirname, "server-bundle.js");
const code = readFileSync(file, "utf8");
const cache = cachePath(file);
const cachedData = readCache(cache);
const internals = Module as unknown as ModuleInternals;
const script = new Script(internals.wrap(code), { filename: file, ...(cachedData ? { cachedData } : {}) });
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = internals._nodeModulePaths(dirname(file));
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
const bundleRequire = Object.assign((id: string) => bundle.require(id), {
  resolve: require.resolve,
  cache: require.cache,
  main: require.main,
  extensions: require.extensions,
}) as NodeJS.Require;

if (cache !== null && (!cachedData || script.cachedDataRejected)) {
  let written = false;
  const writeCache = () => {
    if (written) return;
    written = true;
    try {
      const tmp = `${cache}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      renameSync(tmp, cache);
    } catch {
      // No cache this time: the next start compiles again.
    }
  };
  // After the first analysis has compiled the parser and the interpreter, or at exit if sooner.
  setTimeout(writeCache, CACHE_DELAY_MS).unref();
  process.once("exit", writeCache);
}

run.call(bundle.exports, bundle.exports, bundleRequire, bundle, file, dirname(file));
