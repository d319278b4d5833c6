/**
 * The TypeScript the refactors chunk runs ts-morph on: the server's own, handed over through a
 * global before the server loads the chunk. ts-morph's `@ts-morph/common` ships a copy of the
 * compiler (9 MB); the build (scripts/build.mjs, plugin `host-typescript`) replaces its
 * `require("./typescript")` with `sharedTypeScript()`, so the chunk holds no compiler of its own
 * and the process one TypeScript.
 */
import type TypeScript from "typescript";

const KEY = Symbol.for("rnnlens.refactors.typescript");

/** Called by the server (which bundles TypeScript) before it loads `dist/refactors.js`. */
export function shareTypeScript(ts: typeof TypeScript): void {
  (globalThis as Record<symbol, unknown>)[KEY] = ts;
}

/** The TypeScript the server shared; throws when the chunk is loaded without one. */
export function sharedTypeScript(): typeof TypeScript {
  const ts = (globalThis as Record<symbol, unknown>)[KEY] as typeof TypeScript | undefined;
  if (!ts) throw new Error("rnnlens: the refactors chunk was loaded before the server shared its TypeScript");
  return ts;
}
