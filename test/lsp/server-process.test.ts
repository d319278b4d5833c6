// The built server as a process: `serverInfo.version` is package.json's, and the V8 code cache
// its loader writes lives in a folder private to the user (RNNLENS_CACHE_DIR from the client,
// else the platform's per-user cache folder), created 0o700, never the shared temp folder; a
// folder it cannot use means no cache and nothing else.
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureServerBuilt, LspClient, ROOT } from "./client";

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const POSIX = process.platform !== "win32";

describe("LSP over stdio: the server process", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "rnnlens-server-process-"));
  const home = join(scratch, "home");
  const tmp = join(scratch, "tmp");

  before(() => {
    ensureServerBuilt();
    mkdirSync(home);
    mkdirSync(tmp);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** Starts the server with this environment (over a clean home and temp folder), initializes it, and shuts it down (the cache is written at exit at the latest). */
  async function startAndStop(env: Record<string, string | undefined>) {
    const client = new LspClient({ env: { HOME: home, USERPROFILE: home, TMPDIR: tmp, TEMP: tmp, TMP: tmp, XDG_CACHE_HOME: undefined, RNNLENS_CACHE_DIR: undefined, LOCALAPPDATA: undefined, ...env } });
    try {
      const init = await client.initialize();
      const code = await client.shutdown();
      return { init, code, stderr: client.stderr };
    } finally {
      client.dispose();
    }
  }

  const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".v8cache")) : []);

  it("serverInfo.version is package.json's version", async () => {
    const { init, code } = await startAndStop({});
    assert.equal(code, 0);
    assert.deepEqual(init.serverInfo, { name: "rnnlens", version: PACKAGE_VERSION });
  });

  it("the code cache goes to the per-user cache folder, private, and nothing to the temp folder", { skip: process.platform === "darwin" || !POSIX }, async () => {
    const dir = join(home, ".cache", "rnnlens");
    rmSync(dir, { recursive: true, force: true });
    const { code } = await startAndStop({});
    assert.equal(code, 0);
    assert.equal(cacheFiles(dir).length, 1, `cache files in ${dir}`);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.deepEqual(readdirSync(tmp), [], "nothing in the temp folder");
  });

  it("XDG_CACHE_HOME and the client's RNNLENS_CACHE_DIR choose the folder", { skip: !POSIX }, async () => {
    const xdg = join(scratch, "xdg");
    if (process.platform !== "darwin") {
      await startAndStop({ XDG_CACHE_HOME: xdg });
      assert.equal(cacheFiles(join(xdg, "rnnlens")).length, 1);
    }
    const given = join(scratch, "storage", "server-cache");
    await startAndStop({ XDG_CACHE_HOME: xdg, RNNLENS_CACHE_DIR: given });
    assert.equal(cacheFiles(given).length, 1);
    assert.equal(statSync(given).mode & 0o777, 0o700);
  });

  it("a folder it cannot create or that others may write: no cache, the server runs as ever", { skip: !POSIX }, async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    const blocked = await startAndStop({ RNNLENS_CACHE_DIR: join(file, "cache") });
    assert.equal(blocked.code, 0);
    assert.equal(blocked.init.serverInfo?.name, "rnnlens");
    assert.equal(blocked.stderr, "");

    const shared = join(scratch, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const loose = await startAndStop({ RNNLENS_CACHE_DIR: shared });
    assert.equal(loose.code, 0);
    assert.deepEqual(cacheFiles(shared), [], "a folder others may write is not used");
    assert.deepEqual(readdirSync(tmp), []);
  });
});
