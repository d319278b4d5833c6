/**
 * code-server dressed as VS Code's `code` executable for extension tests: takes VS Code's own
 * `--extensionDevelopmentPath=`, `--extensionTestsPath=`, `--user-data-dir`, `--extensions-dir`
 * and a folder, runs the tests in code-server's extension host through a headless Chromium, and
 * exits with the tests' exit code. So `runTests({ vscodeExecutablePath })` of @vscode/test-electron
 * (which spawns the executable with those arguments and `extensionTestsEnv` in its environment)
 * works unchanged. Flags VS Code takes that mean nothing here (--no-sandbox, --disable-updates,
 * --skip-welcome, ...) are accepted and ignored.
 *
 * The web workbench takes the two extension options from its URL (`payload`), as @vscode/test-web
 * does, and reports through `codeAutomationLog(level, message)` and `codeAutomationExit(code)`,
 * which are exposed to the page here.
 *
 * Environment: RNNLENS_EDITOR_TIMEOUT_MS (default 300000) ends a run that never reports;
 * RNNLENS_EDITOR_VERBOSE=1 also prints code-server's and the page's own console output;
 * RNNLENS_EDITOR_KEEP=1 keeps the run folder (logs, profile) for a look afterwards.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { format } from "node:util";
import { Browser, CodeServer, cleanUpOnSignals, freshRunDir, stopAll } from "./code-server";

export interface CliArgs {
  extensionDevelopmentPath: string[];
  extensionTestsPath: string | undefined;
  userDataDir: string | undefined;
  extensionsDir: string | undefined;
  folder: string | undefined;
  ignored: string[];
}

/** VS Code options that take their value as the next argument. */
const WITH_VALUE = new Set(["--user-data-dir", "--extensions-dir", "--extensionDevelopmentPath", "--extensionTestsPath", "--locale", "--log", "--profile", "--inspect-extensions", "--inspect-brk-extensions", "--logsPath"]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    let name = a;
    let value: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) {
        name = a.slice(0, eq);
        value = a.slice(eq + 1);
      } else if (WITH_VALUE.has(a)) {
        value = argv[++i];
      }
    } else {
      out.folder ??= resolve(a);
      continue;
    }
    switch (name) {
      case "--extensionDevelopmentPath":
        if (value) out.extensionDevelopmentPath.push(resolve(value));
        break;
      case "--extensionTestsPath":
        if (value) out.extensionTestsPath = resolve(value);
        break;
      case "--user-data-dir":
        if (value) out.userDataDir = resolve(value);
        break;
      case "--extensions-dir":
        if (value) out.extensionsDir = resolve(value);
        break;
      default:
        out.ignored.push(a);
    }
  }
  return out;
}

/** The workbench's own chatter on every start (and its failing query of the extension gallery, which this machine cannot reach). */
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN) open-vsx\.org/,
];

/** codeAutomationLog's arguments: a level and the console call's arguments (an array), formatted as console.log would. */
export function formatLog(message: unknown): string {
  const parts: unknown[] = Array.isArray(message) ? message : [message];
  return format(...parts);
}

const started = Date.now();
export function elapsed(): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}

function print(level: string, message: string, verbose: boolean): void {
  if (!verbose && NOISE.some((n) => n.test(message))) return;
  const text = message.endsWith("\n") ? message : `${message}\n`;
  if (level === "error" || level === "warn") process.stderr.write(text);
  else process.stdout.write(text);
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.extensionTestsPath) {
    process.stderr.write("code-server-as-vscode: --extensionTestsPath=<compiled test index> is required\n");
    return 2;
  }
  const verbose = process.env["RNNLENS_EDITOR_VERBOSE"] === "1";
  const keep = process.env["RNNLENS_EDITOR_KEEP"] === "1";
  const timeoutMs = Number(process.env["RNNLENS_EDITOR_TIMEOUT_MS"] ?? 300_000);
  const runDir = freshRunDir("rnnlens-vscode");
  const folder = args.folder ?? join(runDir, "empty-folder");
  mkdirSync(folder, { recursive: true });
  cleanUpOnSignals(async () => {
    if (!keep) rmSync(runDir, { recursive: true, force: true });
  });

  let code = 1;
  let server: CodeServer | undefined;
  try {
    server = await CodeServer.start({
      runDir,
      ...(args.userDataDir ? { userDataDir: args.userDataDir } : {}),
      ...(args.extensionsDir ? { extensionsDir: args.extensionsDir } : {}),
      verbose,
    });
    if (verbose) process.stderr.write(`code-server-as-vscode: ${elapsed()} code-server up on ${server.origin}\n`);
    const browser = await Browser.launch(join(runDir, "browser-profile"));
    if (verbose) process.stderr.write(`code-server-as-vscode: ${elapsed()} browser up\n`);
    const page = browser.page;
    let report: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (report = r));
    await page.exposeFunction("codeAutomationLog", (level: unknown, message: unknown) => {
      print(String(level), formatLog(message), verbose);
    });
    await page.exposeFunction("codeAutomationExit", (exitCode: unknown, logs: unknown) => {
      if (Array.isArray(logs) && (keep || exitCode !== 0)) {
        const dir = join(runDir, "workbench-logs");
        for (const l of logs) {
          if (typeof l === "object" && l !== null && "relativePath" in l && "contents" in l && typeof l.relativePath === "string" && typeof l.contents === "string") {
            const file = join(dir, l.relativePath.replace(/\.\.+/g, "_"));
            mkdirSync(resolve(file, ".."), { recursive: true });
            writeFileSync(file, l.contents);
          }
        }
      }
      report(typeof exitCode === "number" ? exitCode : 1);
    });
    page.on("crash", () => {
      process.stderr.write("code-server-as-vscode: the page crashed\n");
      report(1);
    });
    page.on("close", () => report(1));
    if (verbose) page.on("console", (m) => process.stderr.write(`[page ${m.type()}] ${m.text()}\n`));
    const url = server.workbenchUrl(folder, { extensionDevelopmentPath: args.extensionDevelopmentPath, extensionTestsPath: args.extensionTestsPath });
    if (verbose) process.stderr.write(`code-server-as-vscode: ${url}\n`);
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((r) => {
      timer = setTimeout(() => {
        process.stderr.write(`code-server-as-vscode: no result from the extension tests within ${timeoutMs} ms\n`);
        r(1);
      }, timeoutMs);
    });
    code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (verbose) process.stderr.write(`code-server-as-vscode: ${elapsed()} tests reported exit ${code}\n`);
  } catch (e) {
    process.stderr.write(`code-server-as-vscode: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    code = 1;
  } finally {
    await stopAll();
    if (verbose) process.stderr.write(`code-server-as-vscode: ${elapsed()} stopped\n`);
    if (code !== 0 && server) process.stderr.write(`code-server-as-vscode: exit ${code}; code-server's log: ${server.logFile}${keep ? "" : " (removed; RNNLENS_EDITOR_KEEP=1 keeps it)"}\n`);
    if (!keep) rmSync(runDir, { recursive: true, force: true });
    else process.stderr.write(`code-server-as-vscode: run folder kept: ${runDir}\n`);
  }
  return code;
}
