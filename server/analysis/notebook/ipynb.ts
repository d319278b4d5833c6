/**
 * Reads a Jupyter notebook file (nbformat 4 JSON) into its cells. A file that is not one (not
 * JSON, another nbformat, a cell without source) gives a reason instead, never an exception.
 */
import type { NotebookCell } from "./cells";

export type IpynbRead = { readonly cells: readonly NotebookCell[] } | { readonly error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A cell's `source`: a string, or a list of strings (lines with their newlines) to concatenate. */
function sourceText(source: unknown): string | null {
  if (typeof source === "string") return source;
  if (Array.isArray(source) && source.every((s): s is string => typeof s === "string")) return source.join("");
  return null;
}

/** The notebook's language: the kernel's, else the language info's, else Python (Jupyter's default). */
function notebookLanguage(metadata: unknown): string {
  if (!isRecord(metadata)) return "python";
  const kernel = metadata["kernelspec"];
  if (isRecord(kernel) && typeof kernel["language"] === "string") return kernel["language"];
  const info = metadata["language_info"];
  if (isRecord(info) && typeof info["name"] === "string") return info["name"];
  return "python";
}

/** A code cell's own language, where VS Code recorded one (a notebook may mix languages). */
function cellLanguage(metadata: unknown, fallback: string): string {
  if (!isRecord(metadata)) return fallback;
  const vscode = metadata["vscode"];
  if (isRecord(vscode) && typeof vscode["languageId"] === "string") return vscode["languageId"];
  return fallback;
}

export function readIpynb(json: string): IpynbRead {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { error: `not a notebook: the file is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!isRecord(doc)) return { error: "not a notebook: the JSON is not an object" };
  if (doc["nbformat"] !== 4) return { error: `not an nbformat 4 notebook (nbformat: ${JSON.stringify(doc["nbformat"] ?? null)})` };
  const cells = doc["cells"];
  if (!Array.isArray(cells)) return { error: "not a notebook: it has no list of cells" };
  const language = notebookLanguage(doc["metadata"]);
  const out: NotebookCell[] = [];
  for (const [i, cell] of cells.entries()) {
    if (!isRecord(cell)) return { error: `malformed notebook: cell ${i} is not an object` };
    const text = sourceText(cell["source"]);
    if (text === null) return { error: `malformed notebook: cell ${i} has no source` };
    const code = cell["cell_type"] === "code";
    out.push({ kind: code ? "code" : "markup", language: code ? cellLanguage(cell["metadata"], language) : "markdown", text });
  }
  return { cells: out };
}
