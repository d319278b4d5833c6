/**
 * One named file for `shapes` and `run`: checked, read and analyzed, or a clear error (exit 2).
 * A .py file or a notebook waits for the Python parser first; a notebook that cannot be read (not
 * JSON, not nbformat 4, a cell without source) is an error that says why.
 */
import { statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { ANALYZED_EXTENSIONS, Workspace, type FileAnalysis } from "../analysis/workspace";
import { readSource } from "./analyze";
import { notAnalyzedMessage } from "./discover";
import { InputError, UsageError } from "./errors";
import { setFileText } from "./notebook";
import { loadPythonParserFor } from "./python";

export async function analyzeOne(path: string, cwd: string = process.cwd()): Promise<FileAnalysis> {
  const abs = resolve(cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such file: ${path}`);
    throw new InputError(`cannot read ${path}: ${code ?? String(e)}`);
  }
  if (isDir) throw new UsageError(`${path} is a folder: give one file`);
  if (!ANALYZED_EXTENSIONS.includes(extname(abs).toLowerCase())) {
    throw new UsageError(notAnalyzedMessage(path));
  }
  await loadPythonParserFor([abs]);
  const read = readSource(abs);
  if (!read.ok) throw new InputError(`cannot check ${path}: ${read.reason}`);
  const ws = new Workspace();
  const notNotebook = setFileText(ws, abs, read.text);
  if (notNotebook !== null) throw new InputError(`cannot check ${path}: ${notNotebook}`);
  const a = ws.analyze(abs);
  if (a.skipped) throw new InputError(`cannot check ${path}: ${a.skipped}`);
  return a;
}
