/**
 * Starts the RNN Lens language server (`dist/server.js`, Node IPC) with vscode-languageclient,
 * restarts it when it dies, and feeds the status bar.
 *
 * Restarts are ours, not vscode-languageclient's: when the connection closes unasked, the error
 * handler's `closed()` consults the CrashPolicy (restart-policy.ts), answers `DoNotRestart`
 * (marked handled, so the client shows nothing), and we replace the dead client with a fresh one.
 * The user is told once ("stopped unexpectedly and was restarted"); after too many crashes in a
 * short time the server stays stopped and one error offers "Restart Server". A server that dies
 * during `initialize` takes the same path, without the client's own pop-ups.
 */
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { StatusNotification, type StatusParams } from "../server/lsp/protocol";
import { CLIENT_ID, COMMANDS, CONFIG_SECTION, DOCUMENT_SELECTOR, EXTENSION_NAME } from "./constants";
import { CrashPolicy, DEFAULT_CRASH_POLICY } from "./restart-policy";
import type { StatusBar } from "./status-bar";

/**
 * vscode-languageclient's client, except that it never forces a pop-up of its own: a failed start
 * ("couldn't create connection to server") is logged, and ServerManager tells the user once —
 * through the crash policy when the server died, or itself when it did not.
 */
class RnnLensLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | "force"): void {
    super.error(message, data, showNotification === "force" ? false : showNotification);
  }
}

const RESTART = "Restart Server";
const SHOW_OUTPUT = "Show Output";
/** How long a failed start waits for the crash path to take over before reporting the failure itself. */
const START_FAILURE_GRACE_MS = 1000;

export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly policy = new CrashPolicy(DEFAULT_CRASH_POLICY);
  /** Clients whose connection closed unasked (their crash is being handled). */
  private readonly crashed = new WeakSet<LanguageClient>();
  private restarting: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: StatusBar,
  ) {}

  /** The running client, or undefined when the server is not running. */
  get running(): LanguageClient | undefined {
    return this.client && this.client.state === State.Running ? this.client : undefined;
  }

  get serverPath(): string {
    return this.context.asAbsolutePath("dist/server.js");
  }

  /** The client being started, to wait for (Run Cell right after activation). */
  private starting: Promise<void> | undefined;

  /** The running client, waiting up to `timeoutMs` for one that is still starting. */
  async ready(timeoutMs = 15_000): Promise<LanguageClient | undefined> {
    if (this.running) return this.running;
    const pending = this.restarting ?? this.starting;
    if (pending) await Promise.race([pending.catch(() => undefined), sleep(timeoutMs)]);
    return this.running;
  }

  start(): Promise<void> {
    this.starting = this.startClient().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async startClient(): Promise<void> {
    if (this.disposed) return;
    const client = this.create();
    this.client = client;
    this.status.setState("starting");
    try {
      await client.start();
    } catch (e) {
      this.log(`the language server did not start: ${errorText(e)}`);
      // A server that died while starting is the crash path's (closed()); anything else is reported here.
      await sleep(START_FAILURE_GRACE_MS);
      if (this.client !== client || this.crashed.has(client) || this.disposed) return;
      this.status.setState("stopped");
      void this.offer(vscode.window.showErrorMessage(`${EXTENSION_NAME}: the language server could not start (${errorText(e)}).`, RESTART, SHOW_OUTPUT));
    }
  }

  /** The Restart Server command: forgets the crash history and starts a fresh server. */
  restart(): Promise<void> {
    this.policy.reset();
    this.restarting ??= this.replace(this.client, "restarting the language server").finally(() => {
      this.restarting = undefined;
    });
    return this.restarting;
  }

  /** Stops `old` (if it is still the current client) and starts a fresh server. */
  private async replace(old: LanguageClient | undefined, why: string): Promise<void> {
    if (this.disposed || this.client !== old) return;
    this.log(why);
    this.client = undefined;
    if (old) await this.disposeClient(old);
    await this.start();
  }

  private async disposeClient(c: LanguageClient): Promise<void> {
    try {
      // A client still starting cannot be stopped: let the start settle first.
      if (c.state === State.Starting) await c.start().catch(() => undefined);
      await c.dispose(2000);
    } catch (e) {
      // A client whose server already died cannot shut it down; the process is gone or is killed.
      this.log(`stopping the old client: ${errorText(e)}`);
    }
  }

  /** The server's environment: the extension's own storage for its code cache (never a shared folder). */
  private serverEnv(): NodeJS.ProcessEnv {
    return { ...process.env, RNNLENS_CACHE_DIR: vscode.Uri.joinPath(this.context.globalStorageUri, "server-cache").fsPath };
  }

  private create(): LanguageClient {
    const module = this.serverPath;
    const serverOptions: ServerOptions = {
      // The analyzer allocates many short-lived objects: a larger young generation keeps
      // scavenges off the per-keystroke path.
      run: { module, transport: TransportKind.ipc, options: { execArgv: ["--max-semi-space-size=32"], env: this.serverEnv() } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"], env: this.serverEnv() } },
    };
    let client: LanguageClient | undefined;
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...DOCUMENT_SELECTOR],
      synchronize: { configurationSection: CONFIG_SECTION },
      // For a server that cannot ask (workspace/configuration): the settings at start.
      initializationOptions: plainSettings(),
      outputChannel: this.output,
      // Problems are logged; the notifications the user sees are ours (one per incident).
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (error) => {
        this.log(`initialize failed: ${errorText(error)}`);
        return false;
      },
      errorHandler: this.errorHandler(() => client),
    };
    client = new RnnLensLanguageClient(CLIENT_ID, EXTENSION_NAME, serverOptions, clientOptions);
    const c = client;
    c.onDidChangeState((e) => {
      if (this.client !== c) return;
      if (e.newState === State.Starting) this.status.setState("starting");
      else if (e.newState === State.Running) this.status.setState("ready");
      else this.status.setState("stopped");
    });
    c.onNotification(StatusNotification, (p: StatusParams) => {
      if (this.client === c) this.status.setStatus(p);
    });
    return c;
  }

  private errorHandler(self: () => LanguageClient | undefined): ErrorHandler {
    return {
      error: (error, _message, count): ErrorHandlerResult => {
        this.log(`connection error (${count ?? 1}): ${error.message}`);
        // As vscode-languageclient's default: a few read/write errors are tolerated, then the server is shut down.
        if (count === undefined || count <= 3) return { action: ErrorAction.Continue, handled: true };
        void this.offer(vscode.window.showErrorMessage(`${EXTENSION_NAME}: the connection to the language server keeps failing; the server was stopped.`, RESTART, SHOW_OUTPUT));
        return { action: ErrorAction.Shutdown, handled: true };
      },
      closed: (): CloseHandlerResult => {
        const client = self();
        if (client) this.crashed.add(client);
        if (this.disposed || !client || this.client !== client) return { action: CloseAction.DoNotRestart, handled: true };
        const d = this.policy.onCrash();
        const within = minutes(DEFAULT_CRASH_POLICY.windowMs);
        if (d.action === "restart") {
          this.log(`the language server stopped unexpectedly (${d.crashesInWindow} in the last ${within}); restarting it`);
          if (d.notify) void this.offer(vscode.window.showWarningMessage(`${EXTENSION_NAME}: the language server stopped unexpectedly and was restarted.`, SHOW_OUTPUT));
          // After the client has finished handling the close.
          setTimeout(() => void this.replace(client, "starting a fresh language server"), 0);
        } else {
          const text = `${EXTENSION_NAME}: the language server stopped unexpectedly ${d.crashesInWindow} times in ${within} and will not be restarted.`;
          this.log(text);
          this.status.setState("stopped");
          void this.offer(vscode.window.showErrorMessage(text, RESTART, SHOW_OUTPUT));
        }
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  /** Acts on the button a notification's user picked. */
  private async offer(choice: Thenable<string | undefined>): Promise<void> {
    const picked = await choice;
    if (picked === RESTART) await vscode.commands.executeCommand(COMMANDS.restartServer);
    else if (picked === SHOW_OUTPUT) this.output.show(true);
  }

  private log(message: string): void {
    this.output.info(`[client] ${message}`);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const c = this.client;
    this.client = undefined;
    if (c) await this.disposeClient(c);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60000);
  return `${m} minute${m === 1 ? "" : "s"}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The `rnnlens` section as plain JSON (for initializationOptions). */
function plainSettings(): unknown {
  try {
    return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(CONFIG_SECTION))) as unknown;
  } catch {
    return {};
  }
}
