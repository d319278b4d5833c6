/**
 * `rnnlens run FILE --line N [--column C]`: the `rnnlens/runCell` result for that position. Finds
 * the module or forward call there, runs it on seeded sample input and reports it as text or JSON.
 * In a notebook, `--line` counts over the code cells joined (as `check` prints lines), and the text
 * names the cell the runnable is in.
 */
import { runnableAt, type Runnable } from "../analysis/queries";
import { runCell, type RunCellResult } from "../analysis/run-cell";
import type { FileAnalysis } from "../analysis/workspace";
import { InputError, UsageError } from "./errors";
import { cellLocation, cellNote } from "./notebook";

export interface LineInfo {
  readonly start: number;
  /** Offset of the end of the line's text (before its line break). */
  readonly end: number;
}

/** The line's offsets (1-based line), with the same line breaks as LineMap: \n, \r\n, \r. */
export function lineInfo(text: string, line: number): LineInfo | null {
  let start = 0;
  for (let l = 1; l < line; l++) {
    let i = start;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (i >= text.length) return null;
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    start = i;
  }
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

export function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

const NOTHING_HINT = "put it on a recurrent constructor, a variable or field holding a module, or a forward call";

/**
 * The runnable at line/column (1-based). Without a column: the first forward call on that line if
 * there is one (the outer call of `gru(embedding(tokens))`, though the name `gru` alone is a
 * module), else the first module on it, from its first non-blank column on.
 */
export function findRunnable(a: FileAnalysis, shownPath: string, line: number, column: number | null): Runnable {
  const info = lineInfo(a.text, line);
  if (!info) {
    const lines = a.notebook ? `${a.notebook.cells.reduce((n, c) => n + c.lineCount, 0)} lines in its code cells` : `${countLines(a.text)} lines`;
    throw new UsageError(`line ${line} is past the end of ${shownPath} (${lines})`);
  }
  const length = info.end - info.start;
  if (column !== null) {
    if (column - 1 > length) throw new UsageError(`column ${column} is past the end of line ${line} of ${shownPath} (${length} characters)`);
    const r = runnableAt(a, info.start + column - 1);
    if (!r) throw new InputError(`nothing runnable at ${shownPath}:${line}:${column}: ${NOTHING_HINT}`);
    return r;
  }
  const lineText = a.text.slice(info.start, info.end);
  const firstNonBlank = lineText.search(/\S/);
  if (firstNonBlank < 0) throw new InputError(`nothing runnable at ${shownPath}:${line}: the line is blank`);
  // Only facts touching this line can answer for its positions.
  const touches = (s: { start: number; end: number }) => s.start <= info.end && s.end >= info.start;
  const local: FileAnalysis = { ...a, facts: a.facts.filter((f) => touches(f.span) || (f.value.t === "module" && touches(f.value.at.span))) };
  const calls: FileAnalysis = { ...local, facts: local.facts.filter((f) => f.role === "call") };
  for (let o = info.start + firstNonBlank; o <= info.end; o++) {
    const r = runnableAt(calls, o);
    if (r?.call) return r;
  }
  for (let o = info.start + firstNonBlank; o <= info.end; o++) {
    const r = runnableAt(local, o);
    if (r) return r;
  }
  throw new InputError(`nothing runnable on ${shownPath}:${line}: ${NOTHING_HINT}`);
}

export type RunOutcome = "ok" | "engine-error" | "cannot-run";

export function outcomeOf(r: RunCellResult): RunOutcome {
  if (r.ok) return "ok";
  if (r.missingDims.length > 0) return "cannot-run";
  // Not an engine error: the configuration or the input shape is unknown before running.
  if (r.staticProblem !== null) return "cannot-run";
  // Refused by the size guard before anything was allocated.
  if (r.tooLarge) return "cannot-run";
  return "engine-error";
}

export function missingDimsMessage(missing: readonly string[]): string {
  return `missing sizes for: ${missing.join(", ")} (use --dims ${missing.map((m) => `${m}=N`).join(",")})`;
}

export function run(r: Runnable, dims: Readonly<Record<string, number>>, seed: number, maxMemoryMB?: number): RunCellResult {
  return runCell(r, dims, seed, { ...(maxMemoryMB !== undefined ? { maxMemoryMB } : {}), howToRaise: "pass a larger --max-memory-mb" });
}

function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return v.toFixed(4);
}

function shapeText(s: readonly number[]): string {
  return `[${s.join(", ")}]`;
}

function snippet(a: FileAnalysis, r: Runnable): string {
  const text = a.text.slice(r.span.start, r.span.end).split(/\r\n|\r|\n/)[0]?.trim() ?? "";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const FIRST_VALUES = 6;

export function formatRunText(a: FileAnalysis, shownPath: string, r: Runnable, res: RunCellResult): string {
  const pos = a.lines.position(r.span.start);
  const out: string[] = [];
  const cell = a.notebook ? cellLocation(a.notebook, a.lines, r.span) : null;
  out.push(`${r.call ? "forward call" : "module"} at ${shownPath}:${pos.line + 1}:${pos.character + 1}${cell ? ` ${cellNote(cell)}` : ""}: ${snippet(a, r)}`);
  out.push(`module: ${res.module.config}${res.module.parameterCount !== null ? `, ${res.module.parameterCount} parameters` : ""}`);
  out.push(`dims: ${Object.entries(res.dims).map(([k, v]) => `${k}=${v}`).join(", ")}   seed: ${res.seed}`);
  if (res.inputs.length > 0) {
    out.push("", "inputs:");
    const w = Math.max(...res.inputs.map((i) => i.name.length));
    for (const i of res.inputs) out.push(`  ${i.name.padEnd(w)}  ${shapeText(i.shape)}`);
  }
  if (res.results.length > 0) {
    out.push("", "results:");
    const w = Math.max(...res.results.map((t) => t.name.length));
    const pad = " ".repeat(w + 4);
    for (const t of res.results) {
      out.push(`  ${t.name.padEnd(w)}  ${shapeText(t.shape)}${t.meaning ? `  ${t.meaning}` : ""}`);
      if (t.inferred) out.push(`${pad}inferred: ${t.inferred}`);
      const total = t.shape.reduce((x, y) => x * y, 1);
      const first = t.values.slice(0, FIRST_VALUES).map(formatNumber).join(", ");
      out.push(`${pad}first values: ${first}${total > FIRST_VALUES ? `, ... (${total} values)` : ""}`);
    }
  }
  if (res.error) {
    out.push("", `PyTorch raised ${res.error.pytorchType}: ${res.error.message}`);
  }
  if (res.ok) {
    out.push("", `time: ${res.timeMs.toFixed(2)} ms`);
    const match = res.shapesMatchInferred;
    out.push(`shapes match the inferred ones: ${match === null ? "n/a (nothing was inferred to compare with)" : match ? "yes" : "no"}`);
  }
  return out.join("\n") + "\n";
}

export function formatRunJson(res: RunCellResult): string {
  return JSON.stringify(res, null, 2) + "\n";
}
