/**
 * When to restart the language server after it dies, and when to tell the user. Pure: the
 * extension feeds it crash events and acts on its decisions (vscode-languageclient's
 * `ErrorHandler.closed()`), so it is unit-tested without an editor.
 *
 * - Every crash inside the window counts; crashes older than the window are forgotten.
 * - Up to `maxCrashes` crashes in the window the server is restarted; the user is told once per
 *   window (the first crash), later ones are only logged, so a flapping server never spams.
 * - One crash more inside the window: stop restarting; the extension shows one error with a
 *   "Restart Server" action. `reset()` (that action, or the Restart Server command) starts over.
 */

export interface CrashPolicyOptions {
  /** Restarts allowed inside the window before giving up. */
  readonly maxCrashes: number;
  readonly windowMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicyOptions = { maxCrashes: 4, windowMs: 3 * 60 * 1000 };

export type CrashDecision =
  | { readonly action: "restart"; readonly notify: boolean; readonly crashesInWindow: number }
  | { readonly action: "stop"; readonly crashesInWindow: number };

export class CrashPolicy {
  private crashes: number[] = [];
  private lastNotified: number | null = null;
  private stopped = false;

  constructor(
    private readonly options: CrashPolicyOptions = DEFAULT_CRASH_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's connection closed without being asked to. */
  onCrash(): CrashDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.options.windowMs);
    this.crashes.push(t);
    const n = this.crashes.length;
    if (this.stopped || n > this.options.maxCrashes) {
      this.stopped = true;
      return { action: "stop", crashesInWindow: n };
    }
    const notify = this.lastNotified === null || t - this.lastNotified >= this.options.windowMs;
    if (notify) this.lastNotified = t;
    return { action: "restart", notify, crashesInWindow: n };
  }

  /** Whether the policy has given up (until `reset`). */
  get gaveUp(): boolean {
    return this.stopped;
  }

  /** A deliberate restart by the user: forget the crash history. */
  reset(): void {
    this.crashes = [];
    this.lastNotified = null;
    this.stopped = false;
  }
}
