/**
 * The arguments `rnnlens.runCellOnSampleInput` may be invoked with: none (command palette),
 * the editor's resource `Uri` (editor context menu), or `(uri: string, position: {line,
 * character})` from the server's code lens. Pure, so it is unit-tested without an editor.
 */

export interface PositionLike {
  readonly line: number;
  readonly character: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function isIndex(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

/** A `{ line, character }` (an LSP Position or a `vscode.Position`), or undefined. */
export function positionArg(v: unknown): PositionLike | undefined {
  if (!isRecord(v)) return undefined;
  const line = v["line"];
  const character = v["character"];
  return isIndex(line) && isIndex(character) ? { line, character } : undefined;
}

/** A URI as a string: a string (the code lens sends one) or a `vscode.Uri` (has `scheme`). */
export function uriArg(v: unknown): string | undefined {
  if (typeof v === "string") return v.length > 0 ? v : undefined;
  if (isRecord(v) && typeof v["scheme"] === "string" && typeof v["toString"] === "function") {
    const s: unknown = (v as { toString(): unknown }).toString();
    return typeof s === "string" && s.length > 0 ? s : undefined;
  }
  return undefined;
}

/** What the command was invoked with: a URI and a position, either possibly absent. */
export function runCellArgs(args: readonly unknown[]): { uri: string | undefined; position: PositionLike | undefined } {
  return { uri: uriArg(args[0]), position: positionArg(args[1]) };
}
