/**
 * The Python differential oracle's judge: a run in real PyTorch (recorded once, see
 * test/oracle/python/corpus.ts) judges the analyzer's findings on the same program. The rules are
 * those of the TypeScript oracle (test/helpers/oracle.ts), with statements and lines in place of
 * engine call frames:
 * - the first exception PyTorch raised must be reported: a finding of severity error whose message
 *   starts with PyTorch's (an explanation may follow), at a line the exception passed through in
 *   the program (innermost first: where it raised, or a call into the helper or method that
 *   raised): the finding starts on that line, or lies within or covers the statement holding it;
 * - no finding may sit on a statement that ran to its end without raising (a false alarm), except
 *   the statements the exception passed through; when the run stopped early, a statement in a
 *   function, class or loop may have been reached again with other values by what never ran, so
 *   it is only judged in a clean run;
 * - a `dropout-single-layer` warning is reported where PyTorch warned (message included) and
 *   nowhere else that ran; a `batch-first-suspect` warning is advice, judged by the fixtures;
 * - a closed program (the generator's, unless a branch hangs on `random.random()`) that runs
 *   cleanly gets no finding at all, dead code included.
 * Which statement holds a position is read from the tree-sitter parse of the program (the parser
 * must be loaded: `await loadPythonParser()`).
 */
import { pythonParser, type PythonNode } from "../../server/analysis/frontends/python/parser";
import type { Finding } from "../../server/analysis/interpreter/findings";
import type { RecordedRun } from "../oracle/python/corpus";

export interface PythonOracleCase {
  /** For reports: the corpus file, or the program's name. */
  readonly name: string;
  readonly text: string;
  readonly closed: boolean;
  readonly run: RecordedRun;
}

export type JudgedFinding = Pick<Finding, "span" | "code" | "severity" | "message">;

/** PyTorch's warning for dropout on a single layer, as its message starts. */
const DROPOUT_WARNING = "dropout option adds dropout after all but last recurrent layer";

/** Statements that run as one step. */
const SIMPLE = new Set([
  "expression_statement",
  "return_statement",
  "assert_statement",
  "pass_statement",
  "delete_statement",
  "raise_statement",
  "global_statement",
  "nonlocal_statement",
  "import_statement",
  "import_from_statement",
  "future_import_statement",
  "break_statement",
  "continue_statement",
  "type_alias_statement",
]);
/** Statements and clauses whose header (up to their block) runs as one step. */
const COMPOUND = new Set(["if_statement", "elif_clause", "for_statement", "while_statement", "with_statement", "function_definition", "class_definition", "match_statement", "case_clause", "except_clause"]);
/** Code that may run more than once, or later than where it is written. */
const REPEATING = new Set(["function_definition", "class_definition", "lambda", "for_statement", "while_statement", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

/** A statement (or a compound statement's header): offsets, its lines (1-based), whether it may run again. */
interface Unit {
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly repeats: boolean;
}

class ProgramText {
  private readonly lineStarts: number[] = [0];
  constructor(
    readonly text: string,
    private readonly root: PythonNode,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private unit(start: number, end: number, repeats: boolean): Unit {
    let last = end;
    while (last > start && /\s/.test(this.text[last - 1] as string)) last--;
    return { start, end, firstLine: this.lineOf(start), lastLine: this.lineOf(Math.max(start, last - 1)), repeats };
  }

  /** The innermost statement (or header) holding a span; the span's own lines when none does. */
  unitAt(start: number, end: number): Unit {
    let node = this.root;
    let found: Unit | null = null;
    let repeats = false;
    for (;;) {
      const child = node.children.find((c) => c.startIndex <= start && end <= c.endIndex && c.endIndex > c.startIndex);
      if (!child) break;
      node = child;
      if (REPEATING.has(node.type)) repeats = true;
      if (SIMPLE.has(node.type)) found = this.unit(node.startIndex, node.endIndex, repeats);
      else if (COMPOUND.has(node.type)) {
        const body = node.children.find((c) => c.type === "block");
        if (body && end <= body.startIndex) found = this.unit(node.startIndex, body.startIndex, repeats);
      }
    }
    return found ?? this.unit(start, Math.max(end, start + 1), false);
  }

  /** The statement holding a line's first character (lines the run reports are never blank). */
  unitOfLine(line: number): Unit {
    const from = this.lineStarts[line - 1] ?? this.text.length;
    let at = from;
    while (at < this.text.length && (this.text[at] === " " || this.text[at] === "\t")) at++;
    return this.unitAt(at, at + 1);
  }
}

function inside(f: JudgedFinding, u: Unit): boolean {
  return f.span.start >= u.start && f.span.end <= u.end;
}

/** The finding starts on one of the lines, or lies within or covers the statement of one. */
function atAnyOf(p: ProgramText, f: JudgedFinding, lines: readonly number[]): boolean {
  const first = p.lineOf(f.span.start);
  return lines.some((line) => {
    if (first === line) return true;
    const u = p.unitOfLine(line);
    return inside(f, u) || (f.span.start <= u.start && f.span.end >= u.end);
  });
}

/** One line per finding, for reports: `line severity code: message`. */
export function describeFinding(text: string, f: JudgedFinding): string {
  const line = text.slice(0, f.span.start).split("\n").length;
  return `${line} ${f.severity} ${f.code}: ${f.message}`;
}

/** What the run did, for reports. */
export function describeRun(run: RecordedRun): string {
  const warnings = run.warnings.map((w) => `; warns at line ${w.lines.join(" via ")}: ${w.message}`).join("");
  return run.error ? `raises ${run.error.type} at line ${run.error.lines.join(" via ")}: ${run.error.message}${warnings}` : `runs cleanly${warnings}`;
}

/** The disagreements between a recorded run and the analyzer's findings on its program; none when they agree. */
export function judgePythonRun(c: PythonOracleCase, findings: readonly JudgedFinding[]): string[] {
  const parser = pythonParser();
  if (!parser) throw new Error("judgePythonRun: the Python parser is not loaded (await loadPythonParser() first)");
  const tree = parser.parse(c.text);
  if (!tree) throw new Error(`${c.name}: the Python parser gave no tree`);
  const p = new ProgramText(c.text, tree.rootNode);
  const out: string[] = [];
  const { run } = c;
  const clean = run.error === null;
  const ran = new Set(run.ran);
  const raiseLines = run.error?.lines ?? [];
  const raiseUnits = raiseLines.map((line) => p.unitOfLine(line));
  const dropoutWarnings = run.warnings.filter((w) => w.message.startsWith(DROPOUT_WARNING));

  if (run.error) {
    const e = run.error;
    const reported = findings.some((f) => f.severity === "error" && f.message.startsWith(e.message) && atAnyOf(p, f, e.lines));
    if (!reported) {
      const near = findings.filter((f) => atAnyOf(p, f, e.lines)).map((f) => describeFinding(c.text, f));
      out.push(`missed: PyTorch raised ${e.type} at line ${e.lines.join(" via ")}: ${e.message}; the analyzer ${near.length > 0 ? `said: ${near.join(" | ")}` : "said nothing there"}`);
    }
  }

  // A statement ran to its end when one of its lines ran and no exception left from it.
  const ranClean = (u: Unit): boolean => {
    let started = false;
    for (let line = u.firstLine; line <= u.lastLine && !started; line++) started = ran.has(line);
    if (!started || raiseUnits.some((r) => r.start >= u.start && r.end <= u.end)) return false;
    return clean || !u.repeats;
  };

  for (const f of findings) {
    const u = p.unitAt(f.span.start, f.span.end);
    if (f.code === "dropout-single-layer") {
      const warned = dropoutWarnings.some((w) => atAnyOf(p, f, w.lines));
      if (!warned && ranClean(u)) out.push(`false warning on a statement that ran without one: ${describeFinding(c.text, f)}`);
      else if (!warned && c.closed && clean) out.push(`false warning in a closed program that runs cleanly: ${describeFinding(c.text, f)}`);
      continue;
    }
    if (run.error && atAnyOf(p, f, raiseLines)) continue;
    // A suspected batch/time swap with symbolic sizes is advice: the call runs when the sizes
    // happen to be equal, as they may in a run.
    if (f.code === "batch-first-suspect" && f.severity === "warning") continue;
    if (ranClean(u)) out.push(`false alarm on a statement that ran cleanly: ${describeFinding(c.text, f)}`);
    else if (c.closed && clean) out.push(`false alarm in a closed program that runs cleanly: ${describeFinding(c.text, f)}`);
  }

  for (const w of dropoutWarnings) {
    const reported = findings.some((f) => f.code === "dropout-single-layer" && f.severity === "warning" && f.message.startsWith(w.message) && atAnyOf(p, f, w.lines));
    if (!reported) out.push(`missed warning at line ${w.lines.join(" via ")}: ${w.message}`);
  }
  tree.delete();
  return out;
}
