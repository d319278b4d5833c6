/**
 * The real-code survey (docs/real-code.md): analyzes every .py file under a folder with the
 * analysis core, as the editor and the CLI do, and counts what it learnt about recurrent layers:
 * the constructors it recognised, the forward calls it followed and whether each call's output
 * (a tensor, or a PackedSequence's padded layout) got a shape (concrete, symbolic, or unknown), and every finding, so that findings on working
 * code can be read one by one. It must survive any folder of Python: a file the analysis cannot
 * handle is counted and named, never a crash.
 *
 *   npm run survey:python -- <folder> [--json] [--calls]
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { shapes } from "../engine";
import { describeValue, shortShape } from "../server/analysis/describe";
import { loadPythonParser } from "../server/analysis/frontends/python/parser";
import type { Fact } from "../server/analysis/interpreter/context";
import type { ModuleValue, Value } from "../server/analysis/interpreter/values";
import { Workspace, type FileAnalysis } from "../server/analysis/workspace";

const RECURRENT_KINDS: ReadonlySet<string> = new Set(["RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell"]);

/** Folders that hold no code of the project under survey (caches, virtualenvs, installed packages). */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["__pycache__", "venv", ".venv", "site-packages", "node_modules", ".git"]);

/**
 * What is known of a forward call's output (the output sequence, or a cell's new hidden state):
 * every dim a number; a rank with some dims symbolic or unknown; or nothing.
 */
export type OutputKnowledge = "concrete" | "symbolic" | "unknown";

export interface SurveyedCall {
  /** 1-based. */
  readonly line: number;
  /** The callee as written (`self.lstm`). */
  readonly callee: string;
  readonly kind: string;
  readonly output: OutputKnowledge;
  /** A "symbolic" output with at least one dim nothing is known about. */
  readonly partial: boolean;
  /** The output's shape (`[5, 3, 20]`; `packed [seq, batch, 20]` for a packed batch), when its rank is known. */
  readonly outputShape: string | null;
  /** The call's inferred result as hovers print it, if anything is known. */
  readonly result: string | null;
}

export interface SurveyedFinding {
  /** 1-based. */
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export interface FileSurvey {
  /** Relative to the surveyed folder, with forward slashes. */
  readonly file: string;
  /** Recurrent constructor calls written as `nn.X(`/`torch.nn.X(` in the text: a rough denominator. */
  readonly writtenConstructors: number;
  /** Distinct recurrent constructor calls the analysis built a module for. */
  readonly constructors: number;
  /** Of those, the ones whose configuration was checked (sizes and options understood). */
  readonly configuredConstructors: number;
  readonly calls: readonly SurveyedCall[];
  readonly findings: readonly SurveyedFinding[];
  /** Why the file was not analyzed (skipped, or an error), if it was not. */
  readonly failure: string | null;
  /** The work budget ran out: the counts are partial. */
  readonly truncated: boolean;
}

export interface SurveyTotals {
  readonly files: number;
  readonly failedFiles: number;
  readonly writtenConstructors: number;
  readonly constructors: number;
  readonly configuredConstructors: number;
  readonly calls: number;
  readonly concrete: number;
  readonly symbolic: number;
  readonly partial: number;
  readonly unknown: number;
  readonly findings: number;
}

export interface Survey {
  readonly folder: string;
  readonly files: readonly FileSurvey[];
  readonly totals: SurveyTotals;
}

/** Every .py file under the folder (or the file itself), sorted, skipping caches and virtualenvs. */
export function pythonFiles(root: string): string[] {
  const out: string[] = [];
  // Real paths of the folders walked: a link back up the tree is followed once, not forever.
  const visited = new Set<string>();
  const walk = (path: string): void => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
      if (isDir) {
        const real = realpathSync(path);
        if (visited.has(real)) return;
        visited.add(real);
      }
    } catch {
      return; // vanished or unreadable: not a file to survey
    }
    if (!isDir) {
      if (path.endsWith(".py")) out.push(path);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names.sort()) if (!SKIPPED_FOLDERS.has(name)) walk(join(path, name));
  };
  walk(resolve(root));
  return out;
}

function isRecurrent(m: ModuleValue | undefined): m is ModuleValue {
  return m !== undefined && RECURRENT_KINDS.has(m.kind);
}

/** The output sequence (RNN/GRU/LSTM), h' (LSTMCell), or the result itself (RNNCell/GRUCell). */
function outputOf(result: Value): Value | undefined {
  return result.t === "tuple" ? result.items[0] : result;
}

interface Knowledge {
  readonly output: OutputKnowledge;
  readonly partial: boolean;
  readonly shape: string | null;
}

/** The output's dims: a tensor's shape, or a PackedSequence's padded layout (time-major). */
function outputDims(out: Value | undefined): { dims: readonly shapes.Dim[]; text: string } | null {
  if (out?.t === "tensor" && out.shape !== null) return { dims: out.shape, text: shortShape(out) };
  if (out?.t === "packed" && out.layout !== null) return { dims: out.layout, text: `packed [${out.layout.map(shapes.formatDim).join(", ")}]` };
  return null;
}

function knowledge(result: Value): Knowledge {
  const out = outputDims(outputOf(result));
  if (out === null) return { output: "unknown", partial: false, shape: null };
  if (out.dims.every((d) => shapes.isKnown(d))) return { output: "concrete", partial: false, shape: out.text };
  return { output: "symbolic", partial: out.dims.some((d) => shapes.isUnknown(d)), shape: out.text };
}

const RANK: Readonly<Record<OutputKnowledge, number>> = { unknown: 0, symbolic: 1, concrete: 2 };

/**
 * One entry per call site: a call can be evaluated more than once (at each instantiation and on
 * its own with symbolic parameters); the most informative evaluation stands for it, as in hovers.
 */
function surveyCalls(a: FileAnalysis): SurveyedCall[] {
  const bySpan = new Map<string, { fact: Fact; k: Knowledge }>();
  for (const f of a.facts) {
    if (f.role !== "call" || !isRecurrent(f.module)) continue;
    const key = `${f.span.start}:${f.span.end}`;
    const k = knowledge(f.value);
    const prev = bySpan.get(key);
    const better = !prev || RANK[k.output] > RANK[prev.k.output] || (RANK[k.output] === RANK[prev.k.output] && prev.k.partial && !k.partial);
    if (better) bySpan.set(key, { fact: f, k });
  }
  return [...bySpan.values()]
    .sort((x, y) => x.fact.span.start - y.fact.span.start)
    .map(({ fact, k }) => ({
      line: a.lines.position(fact.span.start).line + 1,
      callee: fact.name,
      kind: (fact.module as ModuleValue).kind,
      output: k.output,
      partial: k.partial,
      outputShape: k.shape,
      result: describeValue(fact.value),
    }));
}

/** Distinct recurrent modules built in this file, by constructor position. */
function surveyConstructors(a: FileAnalysis): { constructors: number; configured: number } {
  const seen = new Map<number, boolean>();
  const note = (m: ModuleValue): void => {
    if (m.at.file !== a.file) return;
    seen.set(m.at.span.start, (seen.get(m.at.span.start) ?? false) || m.config !== null);
  };
  for (const f of a.facts) {
    if (f.value.t === "module" && isRecurrent(f.value)) note(f.value);
    if (isRecurrent(f.module)) note(f.module);
  }
  return { constructors: seen.size, configured: [...seen.values()].filter(Boolean).length };
}

const WRITTEN_CONSTRUCTOR = /\bnn\.(?:RNN|GRU|LSTM)(?:Cell)?\s*\(/g;

/**
 * Textual occurrences outside comments: an approximation, to compare with what was recognised
 * (a `#` inside a string cuts its line short; docstrings count).
 */
function countWrittenConstructors(text: string): number {
  let n = 0;
  for (const line of text.split(/\r?\n/)) {
    const hash = line.indexOf("#");
    n += (hash < 0 ? line : line.slice(0, hash)).match(WRITTEN_CONSTRUCTOR)?.length ?? 0;
  }
  return n;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function surveyFile(workspace: Workspace, folder: string, file: string): FileSurvey {
  const name = relative(folder, file).split("\\").join("/") || file;
  const written = countWrittenConstructors(readText(file));
  let a: FileAnalysis;
  try {
    a = workspace.analyze(file);
  } catch (e) {
    // The core promises not to throw; should it, the survey still names the file and goes on.
    return { file: name, writtenConstructors: written, constructors: 0, configuredConstructors: 0, calls: [], findings: [], failure: `threw: ${messageOf(e)}`, truncated: true };
  }
  const { constructors, configured } = surveyConstructors(a);
  return {
    file: name,
    writtenConstructors: written,
    constructors,
    configuredConstructors: configured,
    calls: surveyCalls(a),
    findings: a.findings.map((f) => ({ line: a.lines.position(f.span.start).line + 1, code: f.code, message: f.message })),
    failure: a.skipped,
    truncated: a.truncated,
  };
}

function totalsOf(files: readonly FileSurvey[]): SurveyTotals {
  const calls = files.flatMap((f) => f.calls);
  const sum = (pick: (f: FileSurvey) => number): number => files.reduce((n, f) => n + pick(f), 0);
  return {
    files: files.length,
    failedFiles: files.filter((f) => f.failure !== null).length,
    writtenConstructors: sum((f) => f.writtenConstructors),
    constructors: sum((f) => f.constructors),
    configuredConstructors: sum((f) => f.configuredConstructors),
    calls: calls.length,
    concrete: calls.filter((c) => c.output === "concrete").length,
    symbolic: calls.filter((c) => c.output === "symbolic").length,
    partial: calls.filter((c) => c.partial).length,
    unknown: calls.filter((c) => c.output === "unknown").length,
    findings: sum((f) => f.findings.length),
  };
}

/** Analyzes every .py file under the folder. Loads the Python parser first (once per process). */
export async function surveyFolder(folder: string): Promise<Survey> {
  const root = resolve(folder);
  await loadPythonParser();
  // One pass over many files: no edit state to keep (as the CLI does).
  const workspace = new Workspace({ keepEditState: false });
  const base = statSync(root).isDirectory() ? root : resolve(root, "..");
  const files = pythonFiles(root).map((f) => surveyFile(workspace, base, f));
  return { folder: root, files, totals: totalsOf(files) };
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

/** The report as text: one row per file, then the totals, then every failure and finding. */
export function formatSurvey(s: Survey, withCalls = false): string {
  const lines: string[] = [];
  const width = Math.max(4, ...s.files.map((f) => f.file.length));
  lines.push(`${"file".padEnd(width)}  ctors/written  calls  concrete  symbolic  unknown  findings`);
  for (const f of s.files) {
    const c = f.calls;
    const row = `${f.file.padEnd(width)}  ${pad(`${f.constructors}/${f.writtenConstructors}`, 13)}  ${pad(c.length, 5)}  ${pad(c.filter((x) => x.output === "concrete").length, 8)}  ${pad(c.filter((x) => x.output === "symbolic").length, 8)}  ${pad(c.filter((x) => x.output === "unknown").length, 7)}  ${pad(f.findings.length, 8)}`;
    lines.push(row + (f.failure !== null ? `  (not analyzed: ${f.failure})` : f.truncated ? "  (budget ran out: partial)" : ""));
    if (withCalls) for (const call of c) lines.push(`    ${call.line}: ${call.callee} [${call.kind}] ${call.output}${call.partial ? " (partial)" : ""}${call.result ? ` -> ${call.result}` : ""}`);
  }
  const t = s.totals;
  lines.push("");
  lines.push(`files: ${t.files} (${t.failedFiles} not analyzed)`);
  lines.push(`recurrent constructors recognised: ${t.constructors} (configuration checked: ${t.configuredConstructors}); written as nn.X(...): ${t.writtenConstructors}`);
  lines.push(`recurrent forward calls: ${t.calls}; output shape inferred: ${t.concrete + t.symbolic} (concrete ${t.concrete}, symbolic ${t.symbolic}, of which with an unknown dim ${t.partial}); unknown: ${t.unknown}`);
  lines.push(`findings: ${t.findings}`);
  const failed = s.files.filter((f) => f.failure !== null);
  if (failed.length > 0) {
    lines.push("");
    lines.push("not analyzed:");
    for (const f of failed) lines.push(`  ${f.file}: ${f.failure}`);
  }
  const withFindings = s.files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 0) {
    lines.push("");
    lines.push("findings:");
    for (const f of withFindings) for (const x of f.findings) lines.push(`  ${f.file}:${x.line} ${x.code} ${x.message}`);
  }
  return lines.join("\n") + "\n";
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const withCalls = argv.includes("--calls");
  const folders = argv.filter((a) => !a.startsWith("--"));
  const folder = folders[0];
  if (folders.length !== 1 || folder === undefined) {
    process.stderr.write("usage: npm run survey:python -- <folder> [--json] [--calls]\n");
    return 2;
  }
  try {
    statSync(folder);
  } catch {
    process.stderr.write(`survey:python: no such file or folder: ${folder}\n`);
    return 2;
  }
  const survey = await surveyFolder(folder);
  process.stdout.write(json ? JSON.stringify(survey, null, 2) + "\n" : formatSurvey(survey, withCalls));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`survey:python: ${messageOf(e)}\n`);
      process.exitCode = 1;
    },
  );
}
