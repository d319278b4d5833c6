// examples/browser in real headless Chromium, with the library installed from the packed tarball
// as a user would: the page runs the tutorial LSTM and a PyTorch-trained model from a safetensors
// file (fetch), and must give the engine's and PyTorch's numbers. Served twice from a local
// server: cross-origin isolated (shared memory, so the WebAssembly kernels) and plain (the
// TypeScript kernels).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { nn, torch } from "../../engine/index";

/** A child process (packing, npm install from the tarball, tsc, the CLI) that never ends fails the test instead of hanging the run. */
const SPAWN_LIMIT_MS = 300_000;

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CHROMIUM = process.env["RNNLENS_CHROMIUM"] ?? "/usr/bin/chromium";
const golden = JSON.parse(readFileSync(join(root, "test/goldens/pytorch-trained-lstm.json"), "utf8")) as { output: { shape: number[]; values: number[] } };

interface PageResult {
  ok: boolean;
  error?: string;
  kernels: string;
  tutorial: { shapes: number[][]; output: number[] };
  model: { shape: number[]; output: number[] };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json" };

/** A static server of `dir`; `isolated` adds the headers that make the page cross-origin isolated. */
function serve(dir: string, isolated: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? join(path, "index.html") : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers: Record<string, string> = { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" };
    if (isolated) Object.assign(headers, { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" });
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/` });
  }));
}

function closeEnough(got: readonly number[], want: readonly number[], what: string): void {
  assert.equal(got.length, want.length, what);
  want.forEach((w, i) => assert.ok(Math.abs((got[i] as number) - w) <= 1e-5, `${what}[${i}]: ${got[i]} vs ${w}`));
}

describe("examples/browser in headless Chromium", { skip: existsSync(CHROMIUM) ? false : `Chromium is not installed (${CHROMIUM}): run node scripts/editor-env.mjs` }, () => {
  let site = "";
  let browser: Browser | null = null;

  before(async () => {
    site = mkdtempSync(join(tmpdir(), "rnnlens-browser-"));
    // Packed into a folder of its own: engine-package.test.ts may be packing into dist/ meanwhile.
    const packed = join(site, ".pack");
    const pack = spawnSync(process.execPath, [join(root, "scripts/pack-engine.mjs"), "--out", packed], { cwd: root, encoding: "utf8", timeout: SPAWN_LIMIT_MS });
    assert.equal(pack.status, 0, pack.stderr);
    const [tarball] = readdirSync(join(packed, "pack"));
    for (const f of readdirSync(join(root, "examples/browser"))) copyFileSync(join(root, "examples/browser", f), join(site, f));
    writeFileSync(join(site, "package.json"), JSON.stringify({ name: "browser-example", private: true }));
    const install = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(packed, "pack", tarball as string)], { cwd: site, encoding: "utf8", timeout: SPAWN_LIMIT_MS });
    assert.equal(install.status, 0, install.stderr);
    copyFileSync(join(root, "test/goldens/pytorch-trained-lstm.safetensors"), join(site, "model.safetensors"));
    copyFileSync(join(root, "test/goldens/pytorch-trained-lstm.json"), join(site, "model.json"));
    const home = join(site, ".home");
    mkdirSync(home);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      env: { ...(process.env as Record<string, string>), HOME: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_CACHE_HOME: join(home, ".cache") },
      timeout: 60_000,
    });
  });
  after(async () => {
    await browser?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  // The tutorial's numbers from the engine's sources, to hold the page's to.
  function tutorialHere(): number[] {
    torch.manualSeed(0);
    const lstm = new nn.LSTM(10, 20, 2);
    const input = torch.randn(5, 3, 10);
    const h0 = torch.randn(2, 3, 20);
    const c0 = torch.randn(2, 3, 20);
    return Array.from(lstm.forward(input, [h0, c0])[0].data);
  }

  for (const [isolated, kernels] of [
    [true, /^wasm-(relaxed-)?simd$/],
    [false, /^typescript$/],
  ] as const) {
    it(`${isolated ? "cross-origin isolated: WebAssembly" : "not isolated: TypeScript"} kernels, the tutorial's and PyTorch's numbers`, async () => {
      const { server, url } = await serve(site, isolated);
      const page = await (browser as Browser).newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      try {
        await page.goto(url);
        const result = (await page.evaluate("window.rnnlensExample")) as PageResult;
        assert.ok(result.ok, result.error);
        assert.deepEqual(errors, []);
        assert.match(result.kernels, kernels);
        assert.deepEqual(result.tutorial.shapes, [[5, 3, 20], [2, 3, 20], [2, 3, 20]]);
        closeEnough(result.tutorial.output, tutorialHere(), "tutorial output");
        assert.deepEqual(result.model.shape, golden.output.shape);
        closeEnough(result.model.output, golden.output.values, "PyTorch-trained model output");
        assert.match(await page.textContent("#model") ?? "", /largest difference from PyTorch's output/);
      } finally {
        await page.close();
        server.close();
      }
    });
  }
});
