/**
 * How the server bundle tells its loader (`dist/server.js`, server/lsp/loader.ts) that it has
 * analyzed Python, so that the loader can write a V8 code cache holding the Python frontend's
 * compiled functions. The two are separate bundles in one process: the loader installs a function
 * under a process-wide symbol and the server calls it if it is there (run from sources, in tests,
 * nothing is installed and nothing happens).
 */
const KEY = Symbol.for("rnnlens.codeCache.pythonAnalyzed");

/** Installed by the loader: called once Python has been analyzed in this process. */
export function onPythonAnalyzed(listener: () => void): void {
  (globalThis as Record<symbol, unknown>)[KEY] = listener;
}

let told = false;

/** The server has analyzed Python (a document, a notebook or the warm-up); only the first call counts. */
export function notePythonAnalyzed(): void {
  if (told) return;
  told = true;
  const listener = (globalThis as Record<symbol, unknown>)[KEY];
  if (typeof listener === "function") (listener as () => void)();
}
