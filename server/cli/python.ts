/**
 * Python inputs of the CLI. The Python parser is WebAssembly that loads asynchronously (tens of
 * milliseconds, then a first parse that compiles); a run loads it only when one of its inputs is
 * a .py file or a notebook (Python cells), so TypeScript-only runs never pay for it.
 */
import { extname } from "node:path";
import { loadPythonParser } from "../analysis/frontends/python/parser";
import { InputError, messageOf } from "./errors";

/** A .py file or a Jupyter notebook: what the Python parser reads. */
export function needsPythonParser(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".py" || ext === ".ipynb";
}

/** Loads the Python parser when any of `files` is a .py file or a notebook. */
export async function loadPythonParserFor(files: readonly string[]): Promise<void> {
  if (files.some(needsPythonParser)) await loadPythonParserOrFail();
}

/**
 * A parser that cannot load (its .wasm files missing beside the bundle: a broken install) is an
 * error of the run, never a silent pass over the Python files.
 */
export async function loadPythonParserOrFail(): Promise<void> {
  try {
    await loadPythonParser();
  } catch (e) {
    // The first line: Node's "Cannot find module" goes on with a require stack.
    throw new InputError(`cannot load the Python parser (${messageOf(e).split("\n")[0]}); Python files and notebooks cannot be checked`);
  }
}
