/**
 * `npm run test:editor`: the in-editor tests, end to end.
 *   1. build (scripts/build.mjs: type check + dist/);
 *   2. install what the editor needs (scripts/editor-env.mjs: Chromium, code-server, ...);
 *   3. bundle the mocha suites (test/editor/suite/) to dist-test/editor/;
 *   4. run them in a real VS Code with @vscode/test-electron's runTests: a desktop VS Code when
 *      RNNLENS_VSCODE_EXECUTABLE names one, else code-server through code-server-as-vscode.mjs;
 *   5. the browser smoke test (smoke.ts), which also saves the screenshots in docs/images/.
 * Exits non-zero on any failure, after ending every process it started.
 *
 * Options: --no-build, --no-env, --no-suites, --no-smoke. Environment: RNNLENS_EDITOR_GREP
 * (mocha grep), RNNLENS_EDITOR_VERBOSE=1, RNNLENS_EDITOR_KEEP=1 (keep run folders and logs),
 * RNNLENS_EDITOR_EXTENSION (another folder holding the extension to test; default this repository).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runTests } from "@vscode/test-electron";
import { build } from "esbuild";
import { ROOT, alive, cleanUpOnSignals, descendants, freshRunDir, signal } from "./code-server";
import { copySampleWorkspace } from "./sample-workspace";
import { smoke } from "./smoke";

const OUT = join(ROOT, "dist-test", "editor");
/** The extension under test: this repository, or another build of it (RNNLENS_EDITOR_EXTENSION). */
const EXTENSION = process.env["RNNLENS_EDITOR_EXTENSION"] ?? ROOT;
const WRAPPER = join(ROOT, "test", "editor", "code-server-as-vscode.mjs");

const argv = new Set(process.argv.slice(2));
const keep = process.env["RNNLENS_EDITOR_KEEP"] === "1";
const t0 = Date.now();
const since = (t: number): string => `${((Date.now() - t) / 1000).toFixed(1)} s`;

function node(what: string, args: string[]): void {
  const t = Date.now();
  console.log(`\n== ${what}`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal})`);
  console.log(`== ${what}: done in ${since(t)}`);
}

export async function bundleSuites(): Promise<string> {
  const dir = join(ROOT, "test", "editor", "suite");
  const suites = readdirSync(join(dir, "suites")).filter((f) => f.endsWith(".suite.ts")).map((f) => join(dir, "suites", f));
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: [join(dir, "index.ts"), ...suites],
    outdir: OUT,
    outbase: dir,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "inline",
    // The editor provides `vscode`; mocha is one shared instance from node_modules.
    external: ["vscode", "mocha"],
    logLevel: "warning",
  });
  return join(OUT, "index.js");
}

/** Children of this process (the editor runTests spawned): asked to stop, then killed. */
async function stopChildren(): Promise<void> {
  const children = descendants(process.pid);
  for (const p of children) signal(p, "SIGTERM");
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && children.some(alive)) await new Promise((r) => setTimeout(r, 100));
  for (const p of children) signal(p, "SIGKILL");
}

/** Set on SIGINT/SIGTERM/SIGHUP: no further phase starts. */
let stopping = false;

async function main(): Promise<number> {
  const runDir = freshRunDir("rnnlens-editor-tests");
  cleanUpOnSignals(async () => {
    stopping = true;
    await stopChildren();
    if (!keep) rmSync(runDir, { recursive: true, force: true });
  });
  const failures: string[] = [];
  try {
    if (!argv.has("--no-build")) node("build", [join(ROOT, "scripts", "build.mjs")]);
    if (!argv.has("--no-env")) node("editor environment", [join(ROOT, "scripts", "editor-env.mjs")]);

    if (!argv.has("--no-suites") && !stopping) {
      const t = Date.now();
      console.log("\n== in-editor mocha suites");
      const index = await bundleSuites();
      const desktop = process.env["RNNLENS_VSCODE_EXECUTABLE"];
      const workspace = copySampleWorkspace(join(runDir, "suites", "rnn-models"));
      const env: Record<string, string> = {};
      for (const k of ["RNNLENS_EDITOR_GREP", "RNNLENS_EDITOR_DEADLINE_MS"]) {
        const v = process.env[k];
        if (v !== undefined) env[k] = v;
      }
      console.log(`   editor: ${desktop ? `desktop VS Code ${desktop}` : "code-server (code-server-as-vscode.mjs)"}`);
      try {
        await runTests({
          vscodeExecutablePath: desktop ?? WRAPPER,
          extensionDevelopmentPath: EXTENSION,
          extensionTestsPath: index,
          launchArgs: [workspace, `--user-data-dir=${join(runDir, "user-data")}`, `--extensions-dir=${join(runDir, "extensions")}`, "--disable-extensions"],
          extensionTestsEnv: env,
        });
        console.log(`== in-editor mocha suites: passed in ${since(t)}`);
      } catch (e) {
        failures.push(`in-editor mocha suites: ${e instanceof Error ? e.message : String(e)}`);
        console.log(`== in-editor mocha suites: FAILED in ${since(t)}`);
      }
    }

    if (!argv.has("--no-smoke") && !stopping) {
      const t = Date.now();
      console.log("\n== browser smoke test (code-server + Chromium)");
      try {
        // The README's screenshots are rewritten only when asked (RNNLENS_UPDATE_SCREENSHOTS=1):
        // a test run leaves the working tree as it was, its screenshots stay with the run.
        const outDir = process.env["RNNLENS_UPDATE_SCREENSHOTS"] === "1" ? undefined : join(runDir, "screenshots");
        await smoke({ workspace: copySampleWorkspace(join(runDir, "smoke-workspace", "rnn-models")), runDir: join(runDir, "smoke"), extension: EXTENSION, ...(outDir ? { outDir } : {}) });
        console.log(`== browser smoke test: passed in ${since(t)}`);
      } catch (e) {
        failures.push(`browser smoke test: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        console.log(`== browser smoke test: FAILED in ${since(t)}`);
      }
    }
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
  } finally {
    await stopChildren();
    if (!keep) rmSync(runDir, { recursive: true, force: true });
    else console.log(`run folder kept: ${runDir}`);
  }
  if (failures.length > 0) {
    console.error(`\ntest:editor FAILED after ${since(t0)}:\n- ${failures.join("\n- ")}`);
    return 1;
  }
  console.log(`\ntest:editor passed in ${since(t0)}`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
