/**
 * The language server's Python parser, loaded on first need: when the first Python document is
 * opened or must be analyzed. Loading is WebAssembly compilation (tens of milliseconds, then a
 * first parse that compiles more), so a session that only ever sees TypeScript never starts it.
 * Until it has settled, Python documents are not analyzed at all (an analysis then would be an
 * empty, skipped result that passes for a clean file); once it has, the server analyzes every
 * open Python document on its latest text.
 */
import { loadPythonParser } from "../analysis/frontends/python/parser";

export type PythonParserOutcome = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly message: string };

export class PythonParserLoader {
  private loading: Promise<void> | null = null;
  private outcome: PythonParserOutcome | null = null;

  /** `onSettled` runs once, when loading has succeeded or failed. */
  constructor(private readonly onSettled: (outcome: PythonParserOutcome) => void) {}

  /** Loading has finished, well or not: Python documents can be analyzed (or told why not). */
  get settled(): boolean {
    return this.outcome !== null;
  }

  /** Whether loading has started (a TypeScript-only session never starts it). */
  get started(): boolean {
    return this.loading !== null;
  }

  /** Starts loading (once); resolves when it has settled, never rejects. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const t0 = performance.now();
      let outcome: PythonParserOutcome;
      try {
        await loadPythonParser();
        outcome = { ok: true, ms: performance.now() - t0 };
      } catch (e) {
        outcome = { ok: false, message: e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e) };
      }
      this.outcome = outcome;
      this.onSettled(outcome);
    })();
    return this.loading;
  }
}
