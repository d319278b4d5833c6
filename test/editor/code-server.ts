/**
 * A real VS Code on this machine: code-server (VS Code 1.100.3 from npm, installed into
 * .cache/code-server by scripts/editor-env.mjs) and Debian's Chromium driven by playwright-core.
 * Shared by the `code` stand-in the mocha suites run under (code-server-as-vscode.mjs) and the
 * browser smoke test (smoke.ts).
 *
 * Every process started here is tracked and ended by `stop()`: code-server's whole process group
 * (its extension host and the language server under it outlive the browser for hours otherwise)
 * plus every descendant found under it, and the browser with its own descendants.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CHROMIUM = process.env["RNNLENS_CHROMIUM"] ?? "/usr/bin/chromium";

export function codeServerEntry(): string {
  const cache = process.env["RNNLENS_EDITOR_CACHE"] ?? join(ROOT, ".cache");
  return join(cache, "code-server", "node_modules", "code-server", "out", "node", "entry.js");
}

/** User settings that keep the page quiet: no update checks, no welcome page taking focus. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.startupEditor": "none",
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "npm.autoDetect": "off",
  "typescript.disableAutomaticTypeAcquisition": true,
  "window.commandCenter": false,
};

export const BROWSER_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// ---------------------------------------------------------------------------------------------
// Processes

interface ProcStat {
  readonly ppid: number;
  /** "Z" for a zombie (dead, not yet reaped). */
  readonly state: string;
  /** Start time in clock ticks since boot: tells a process from a later one that reuses its pid. */
  readonly start: string;
}

function procStat(pid: number | string): ProcStat | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  // cutime cstime priority nice threads itrealvalue starttime ...; comm may contain spaces.
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state: f[0] ?? "", ppid: Number(f[1]), start: f[19] ?? "" };
}

/** A process as seen at one moment: signalled only while it is still that process. */
export interface Proc {
  readonly pid: number;
  readonly start: string;
}

function procOf(pid: number): Proc | null {
  const st = procStat(pid);
  return st ? { pid, start: st.start } : null;
}

/** Every descendant of `pid`, from /proc. */
export function descendants(pid: number): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(name);
    if (!st) continue;
    const list = children.get(st.ppid) ?? [];
    list.push({ pid: Number(name), start: st.start });
    children.set(st.ppid, list);
  }
  const out: Proc[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift();
    if (p === undefined) break;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      queue.push(c.pid);
    }
  }
  return out;
}

/** Whether the process is still running (a zombie, or a new process that took its pid, is not it). */
export function alive(p: Proc): boolean {
  const st = procStat(p.pid);
  return st !== null && st.start === p.start && st.state !== "Z";
}

export function signal(p: Proc, sig: NodeJS.Signals): void {
  if (!alive(p)) return;
  try {
    process.kill(p.pid, sig);
  } catch {
    // already gone
  }
}

/** Live processes whose command line mentions `text`, e.g. a run's own folder. */
export function processesMentioning(text: string): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const p = procOf(Number(name));
    try {
      if (p && alive(p) && readFileSync(`/proc/${name}/cmdline`, "utf8").includes(text)) out.push(p);
    } catch {
      // gone
    }
  }
  return out;
}

/**
 * Ends a process group led by `leader` and every descendant of the leader (also those that left
 * the group): SIGTERM, then SIGKILL for whatever is left after `graceMs`.
 */
export async function killTree(leaderPid: number, graceMs = 2_000): Promise<void> {
  const leader = procOf(leaderPid);
  const procs = new Map<number, Proc>();
  const note = (): void => {
    for (const d of descendants(leaderPid)) procs.set(d.pid, d);
  };
  // The group's id stays taken while any member lives, so signalling it never hits a stranger.
  const group = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-leaderPid, sig);
    } catch {
      // no such group (any more)
    }
  };
  if (leader) procs.set(leader.pid, leader);
  note();
  group("SIGTERM");
  for (const p of procs.values()) signal(p, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    note();
    if (![...procs.values()].some(alive)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  note();
  group("SIGKILL");
  for (const p of procs.values()) signal(p, "SIGKILL");
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// code-server

export interface CodeServerOptions {
  /** A fresh folder for this run: HOME, XDG_*, TMPDIR, logs and (by default) the profile live here. */
  readonly runDir: string;
  readonly userDataDir?: string;
  readonly extensionsDir?: string;
  /** Extra user settings, on top of QUIET_SETTINGS. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Extra environment for code-server and so for its extension host (runTests' extensionTestsEnv arrives this way). */
  readonly env?: NodeJS.ProcessEnv;
  /** Also print code-server's own output (it always goes to runDir/code-server.log). */
  readonly verbose?: boolean;
}

export class CodeServer {
  private constructor(
    readonly port: number,
    readonly child: ChildProcess,
    readonly logFile: string,
    private readonly log: WriteStream,
    private readonly runDir: string,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `vscode-remote://` URI of a path on this machine, as the web workbench takes it. */
  remoteUri(path: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${resolve(path)}`;
  }

  /** The workbench URL that opens `folder`, with the same options VS Code takes on its command line. */
  workbenchUrl(folder: string, options: { extensionDevelopmentPath?: readonly string[]; extensionTestsPath?: string } = {}): string {
    const payload: [string, string][] = [];
    for (const p of options.extensionDevelopmentPath ?? []) payload.push(["extensionDevelopmentPath", this.remoteUri(p)]);
    if (options.extensionTestsPath) payload.push(["extensionTestsPath", this.remoteUri(options.extensionTestsPath)]);
    let url = `${this.origin}/?folder=${encodeURIComponent(resolve(folder))}`;
    if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  static async start(o: CodeServerOptions): Promise<CodeServer> {
    const entry = codeServerEntry();
    if (!existsSync(entry)) throw new Error(`code-server is not installed (${entry} missing): run \`node scripts/editor-env.mjs\``);
    const dirs = {
      home: join(o.runDir, "home"),
      config: join(o.runDir, "xdg-config"),
      data: join(o.runDir, "xdg-data"),
      cache: join(o.runDir, "xdg-cache"),
      tmp: join(o.runDir, "tmp"),
      userData: o.userDataDir ?? join(o.runDir, "user-data"),
      extensions: o.extensionsDir ?? join(o.runDir, "extensions"),
    };
    for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
    const settingsFile = join(dirs.userData, "User", "settings.json");
    mkdirSync(dirname(settingsFile), { recursive: true });
    let existing: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(settingsFile, "utf8"));
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) existing = { ...parsed };
    } catch {
      // none yet
    }
    writeFileSync(settingsFile, `${JSON.stringify({ ...existing, ...QUIET_SETTINGS, ...(o.settings ?? {}) }, null, 2)}\n`);

    const port = await freePort();
    const config = join(o.runDir, "code-server.yaml");
    writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFile = join(o.runDir, "code-server.log");
    const log = createWriteStream(logFile);
    const args = [
      entry,
      "--bind-addr", `127.0.0.1:${port}`,
      "--auth", "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--user-data-dir", dirs.userData,
      "--extensions-dir", dirs.extensions,
      "--config", config,
    ];
    const child = spawn(process.execPath, args, {
      // Its own process group, so the extension host and everything under it end together.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        ...(o.env ?? {}),
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache,
        TMPDIR: dirs.tmp,
        // Not inherited from a parent code-server / VS Code terminal.
        VSCODE_IPC_HOOK_CLI: "",
      },
    });
    const cs = new CodeServer(port, child, logFile, log, o.runDir);
    const copy = (chunk: Buffer): void => {
      log.write(chunk);
      if (o.verbose) process.stderr.write(`[code-server] ${chunk.toString()}`);
    };
    child.stdout?.on("data", copy);
    child.stderr?.on("data", copy);
    running.add(cs);
    try {
      await cs.waitHealthy(60_000);
    } catch (e) {
      await cs.stop();
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- ${logFile} ---\n${readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n")}`);
    }
    return cs;
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`code-server exited (${this.child.exitCode ?? this.child.signalCode}) before answering /healthz`);
      try {
        const r = await fetch(`${this.origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`);
  }

  private stopped: Promise<void> | null = null;

  /** Ends code-server's process group and everything under it. Idempotent. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      const pid = this.child.pid;
      if (pid !== undefined) await killTree(pid);
      // Anything still running from this run's folder (nothing should be) is ended too.
      for (const p of processesMentioning(this.runDir)) signal(p, "SIGKILL");
      await new Promise<void>((r) => this.log.end(r));
      running.delete(this);
    })();
    return this.stopped;
  }
}

// ---------------------------------------------------------------------------------------------
// The browser

export class Browser {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly procs: readonly Proc[],
    private readonly home: string,
  ) {}

  /**
   * Debian's Chromium with a fresh profile in `profileDir` and its own HOME beside it: Chromium's
   * crash handlers (chrome_crashpad_handler, started whatever the flags) detach from the browser
   * and write under $HOME/.config/chromium, so they must not see the real home.
   */
  static async launch(profileDir: string, viewport = { width: 1280, height: 800 }): Promise<Browser> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (${CHROMIUM} missing): run \`node scripts/editor-env.mjs\``);
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    const home = `${profileDir}-home`;
    mkdirSync(join(home, ".config"), { recursive: true });
    mkdirSync(join(home, ".cache"), { recursive: true });
    const before = new Set(descendants(process.pid).map((p) => p.pid));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...BROWSER_FLAGS],
      viewport,
      deviceScaleFactor: 1,
      timeout: 60_000,
      env: { ...env, HOME: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_CACHE_HOME: join(home, ".cache") },
    });
    // The browser's main process: the new child of this process.
    const procs = descendants(process.pid).filter((p) => !before.has(p.pid));
    const page = context.pages()[0] ?? (await context.newPage());
    const b = new Browser(context, page, procs, home);
    browsers.add(b);
    return b;
  }

  private closed: Promise<void> | null = null;

  /** Closes the browser; whatever of it is left is killed. Idempotent. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      const all = [...this.procs];
      for (const p of this.procs) all.push(...descendants(p.pid));
      await Promise.race([this.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
      for (const p of all) signal(p, "SIGKILL");
      // The detached crash handlers end with the browser; any that did not are ended here.
      const deadline = Date.now() + 2_000;
      while (Date.now() < deadline && processesMentioning(this.home).length > 0) await new Promise((r) => setTimeout(r, 50));
      for (const p of processesMentioning(this.home)) signal(p, "SIGKILL");
      browsers.delete(this);
    })();
    return this.closed;
  }
}

const running = new Set<CodeServer>();
const browsers = new Set<Browser>();

/** Ends every browser and code-server this process started. */
export async function stopAll(): Promise<void> {
  await Promise.all([...browsers].map((b) => b.close()));
  await Promise.all([...running].map((c) => c.stop()));
}

/**
 * On SIGINT/SIGTERM/SIGHUP: end everything this process started, then exit 128+n. Also a last
 * synchronous sweep on exit for anything a crash left behind.
 */
export function cleanUpOnSignals(extra: () => Promise<void> = async () => undefined): void {
  const numbers: Record<string, number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      process.stderr.write(`\nrnnlens editor: ${sig}: stopping code-server and the browser\n`);
      void Promise.race([Promise.all([stopAll(), extra()]), new Promise((r) => setTimeout(r, 15_000))]).finally(() => process.exit(128 + (numbers[sig] ?? 1)));
    });
  }
  process.once("exit", () => {
    for (const c of running) {
      const pid = c.child.pid;
      if (pid === undefined) continue;
      for (const p of descendants(pid)) signal(p, "SIGKILL");
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // group gone
      }
    }
  });
}

/** A fresh folder for one run (under RNNLENS_EDITOR_RUNS or the system temp folder). */
export function freshRunDir(prefix: string): string {
  const base = process.env["RNNLENS_EDITOR_RUNS"] ?? tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = join(base, `${prefix}-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
