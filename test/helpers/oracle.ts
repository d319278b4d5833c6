/**
 * The differential oracle: execution judges the analyzer.
 *
 * A program is analyzed (one Workspace over its files) and run in the engine (execute.ts). Then:
 * - the first error the engine raised must be reported: an error finding with the same code and
 *   PyTorch's message, inside the call that raised it (at any user frame the error passed through,
 *   so a check that fails inside a helper may be reported there or at the call into it);
 * - no finding may sit on a statement that ran to its end without raising (a false alarm), except
 *   the statement the error was raised from (it may have completed in an earlier iteration);
 * - a `dropout-single-layer` warning is reported where the engine warned and nowhere else that ran
 *   (a `batch-first-suspect` warning is advice, judged by the fixtures, not by a run);
 * - a closed program (every value known: the generator's) that runs cleanly gets no finding at
 *   all, dead code included;
 * - anything but an engine error escaping from a call (a TypeError from an API the analyzer
 *   accepts, a RangeError) is a disagreement of its own.
 * Programs that cannot run as written (undefined names, missing modules) are counted, not judged.
 */
import { resolve } from "node:path";
import ts from "typescript";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";
import { codeForCheck, type Finding } from "../../server/analysis/interpreter/findings";
import { execute, type ProgramFile, type RunOutcome, type SourcePosition } from "./execute";

export interface OracleProgram {
  readonly name: string;
  readonly files: readonly ProgramFile[];
  /** The files run as programs (each one on its own); by default every file. */
  readonly entries?: readonly string[];
  /** Every value is known: a clean run means no finding anywhere. */
  readonly closed: boolean;
  readonly engineModules?: readonly string[];
  /** Run with the imports resolved as the analysis resolves them (a TypeScript project's fixtures). */
  readonly projectResolution?: boolean;
}

export interface Verdict {
  readonly program: string;
  readonly entry: string;
  readonly outcome: RunOutcome["kind"];
  /** The engine's first error, as `line: message` (1-based line), when there was one. */
  readonly raised: string | null;
  readonly disagreements: readonly string[];
}

function lineOf(a: FileAnalysis, offset: number): number {
  return a.lines.position(offset).line + 1;
}

function describe(a: FileAnalysis, f: Finding): string {
  return `${a.file.split("/").pop()}:${lineOf(a, f.span.start)} ${f.severity} ${f.code}: ${f.message}`;
}

/** The innermost call or `new` around a position: where a raised error is reported. */
function enclosingCall(sf: ts.SourceFile, offset: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  const visit = (n: ts.Node): void => {
    const start = n.getStart(sf);
    if (offset < start || offset >= n.end) return;
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isElementAccessExpression(n)) best = { start, end: n.end };
    n.forEachChild(visit);
  };
  visit(sf);
  return best;
}

function within(f: Finding, r: { start: number; end: number }): boolean {
  return f.span.start >= r.start && f.span.end <= r.end;
}

/** Runs the oracle on one program: a verdict per entry file. */
export function judge(program: OracleProgram): Verdict[] {
  const ws = new Workspace({ engineModules: program.engineModules ?? [] });
  for (const f of program.files) ws.setText(f.path, f.text);
  const analyses = new Map<string, FileAnalysis>(program.files.map((f) => [resolve(f.path), ws.analyze(f.path)]));
  const sources = new Map(program.files.map((f) => [resolve(f.path), ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true)]));
  const entries = program.entries ?? program.files.map((f) => f.path);
  const resolveModule = (from: string, spec: string): string | "engine" | null => {
    const r = ws.resolveImport(from, spec);
    return r.kind === "engine" ? "engine" : r.kind === "file" ? r.file : null;
  };
  return entries.map((entry) => judgeEntry(program, entry, analyses, sources, program.projectResolution ? resolveModule : undefined));
}

function judgeEntry(
  program: OracleProgram,
  entry: string,
  analyses: ReadonlyMap<string, FileAnalysis>,
  sources: ReadonlyMap<string, ts.SourceFile>,
  resolveModule: ((from: string, spec: string) => string | "engine" | null) | undefined,
): Verdict {
  const outcome = execute(program.files, entry, { engineModules: program.engineModules ?? [], ...(resolveModule ? { resolveModule } : {}) });
  const out: string[] = [];
  const base = { program: program.name, entry, outcome: outcome.kind };
  for (const a of analyses.values()) if (a.skipped) out.push(`${a.file}: not analyzed (${a.skipped})`);
  if (outcome.kind === "not-executable") return { ...base, raised: null, disagreements: out };
  if (outcome.kind === "crash") {
    const at = outcome.frames[0];
    return { ...base, raised: null, disagreements: [...out, `the run crashed outside the engine's errors${at ? ` at line ${at.line + 1}` : ""}: ${outcome.reason}`] };
  }
  const findings = [...analyses.values()].flatMap((a) => a.findings.map((f) => ({ a, f })));
  // Where the raised error may be reported: the call at each user frame it passed through.
  const raisedAt: { file: string; start: number; end: number }[] = [];
  let raised: string | null = null;
  if (outcome.kind === "error") {
    const e = outcome.error;
    raised = `${(e.frames[0]?.line ?? -1) + 1}: ${e.message}`;
    for (const fr of e.frames) {
      const sf = sources.get(resolve(fr.file));
      const call = sf ? enclosingCall(sf, fr.offset) : null;
      if (call) raisedAt.push({ file: resolve(fr.file), ...call });
    }
    // A constructor's argument error is `invalid-argument` whatever rule found it (Linear's sizes
    // go through the factory rule).
    const code = e.name === "ArgumentError" ? "invalid-argument" : e.check ? safeCode(e.check) : null;
    const reported = findings.some(
      ({ a, f }) => f.severity === "error" && raisedAt.some((r) => r.file === a.file && within(f, r)) && f.message.startsWith(e.message) && (code === null || f.code === code),
    );
    if (!reported) {
      const near = findings.filter(({ a, f }) => raisedAt.some((r) => r.file === a.file && within(f, r))).map(({ a, f }) => describe(a, f));
      out.push(`missed: the engine raised at line ${raised}${code ? ` (${code})` : ""}; the analyzer ${near.length > 0 ? `said: ${near.join(" | ")}` : "said nothing there"}`);
    }
  }
  // A statement that ran to its end without raising holds no error, but only where that run was
  // its only one: when the program stopped early, a statement in a function or a loop may still
  // have been reached again, with other values, by what never ran (a second call of a method).
  const ranClean = (a: FileAnalysis, f: Finding): boolean => {
    const sf = sources.get(a.file);
    const stmt = sf ? innermostStatement(sf, f.span.start, f.span.end) : null;
    const given = program.files.find((pf) => resolve(pf.path) === a.file)?.path;
    if (!stmt || !outcome.completed.has(`${given}:${stmt.start}:${stmt.end}`)) return false;
    // The statement the error was raised from may have completed before (a loop, a second call).
    if (raisedAt.some((r) => r.file === a.file && r.start >= stmt.start && r.end <= stmt.end)) return false;
    return outcome.kind === "clean" || !mayRunAgain(sf as ts.SourceFile, stmt.start);
  };
  const warnedAt = (a: FileAnalysis, f: Finding): boolean =>
    outcome.warnings.some((w) => w.frames.some((fr: SourcePosition) => {
      const sf = sources.get(resolve(fr.file));
      const call = sf && resolve(fr.file) === a.file ? enclosingCall(sf, fr.offset) : null;
      return call !== null && within(f, call);
    }));
  for (const { a, f } of findings) {
    if (f.code === "dropout-single-layer") {
      if (ranClean(a, f) && !warnedAt(a, f)) out.push(`false warning on a statement that ran without one: ${describe(a, f)}`);
      continue;
    }
    if (raisedAt.some((r) => r.file === a.file && within(f, r))) continue;
    // A suspected batch/time swap with symbolic sizes is advice: the call runs when the sizes
    // happen to be equal, as they may in a run.
    if (f.code === "batch-first-suspect" && f.severity === "warning") continue;
    if (ranClean(a, f)) out.push(`false alarm on a statement that ran cleanly: ${describe(a, f)}`);
    else if (program.closed && outcome.kind === "clean") out.push(`false alarm in a closed program that runs cleanly: ${describe(a, f)}`);
  }
  for (const w of outcome.warnings) {
    const fr = w.frames[0];
    if (!fr) continue;
    const a = analyses.get(resolve(fr.file));
    const sf = sources.get(resolve(fr.file));
    const call = sf ? enclosingCall(sf, fr.offset) : null;
    if (a && call && !a.findings.some((f) => f.code === "dropout-single-layer" && within(f, call))) out.push(`missed warning at line ${fr.line + 1}: ${w.message}`);
  }
  return { ...base, raised, disagreements: out };
}

/** Whether the statement at `start` sits in a function or a loop (it may run more than once). */
function mayRunAgain(sf: ts.SourceFile, start: number): boolean {
  let again = false;
  const visit = (n: ts.Node, inside: boolean): void => {
    if (start < n.getStart(sf) || start >= n.end) return;
    const here = inside || ts.isFunctionLike(n) || ts.isIterationStatement(n, false) || ts.isClassLike(n);
    if (n.getStart(sf) === start && ts.isStatement(n)) again = here;
    n.forEachChild((c) => visit(c, here));
  };
  visit(sf, false);
  return again;
}

/** The innermost statement the run instruments (an expression or a declaration) around a span. */
export function innermostStatement(sf: ts.SourceFile, start: number, end: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  const visit = (n: ts.Node): void => {
    const s = n.getStart(sf);
    if (start < s || end > n.end) return;
    if (ts.isExpressionStatement(n) || ts.isVariableStatement(n)) best = { start: s, end: n.end };
    // Code in a function runs when the function is called, not with the statement around it.
    else if (ts.isFunctionLike(n)) best = null;
    n.forEachChild(visit);
  };
  visit(sf);
  return best;
}

function safeCode(check: string): string | null {
  try {
    return codeForCheck(check);
  } catch {
    return null;
  }
}
