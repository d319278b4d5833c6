/**
 * The one helper that checks analyzer fixtures against the expectations written in them.
 *
 * An expectation is a comment line made only of the comment marker, spaces and carets, right under
 * a code line. The marker is the file's line comment: `//` in TypeScript and JavaScript, `#` in
 * Python (`.py`), as for suppression comments:
 *
 *   lstm.forward(torch.randn(5, 3, 12));
 *   //           ^^^^^^^^^^^^^^^^^^^^^ error input-size-mismatch: Expected 10, got 12 [related 2:26]
 *
 *   out, _ = lstm(torch.randn(5, 3, 12))
 *   #             ^^^^^^^^^^^^^^^^^^^^^ error input-size-mismatch: Expected 10, got 12
 *
 * The carets mark a range on the nearest code line above (the caret columns are that line's
 * columns; several expectation lines may follow one code line). Then come the severity and the
 * diagnostic code, optionally `: ` and a substring of the expected message, and optionally
 * `[related L:C]` (1-based; `[related other.ts:L:C]` for another file of a multi-file fixture):
 * one of the diagnostic's related locations must start there.
 *
 * A fixture fails on a missing diagnostic, on any diagnostic it does not expect (so a fixture
 * without expectations asserts silence), and on a wrong range, severity, code, message or related
 * location. Multi-file fixtures are the files of one folder, analyzed with one Workspace so their
 * imports resolve; each file's own expectations are checked. A `// settings: {...}` line (JSON)
 * gives the Workspace options a fixture needs, e.g. `{"engineModules": ["@acme/torch"]}`.
 */
import { basename, dirname, join, relative } from "node:path";
import { readFileSync } from "node:fs";
import { Workspace, type FileAnalysis, type WorkspaceOptions } from "../../server/analysis/workspace";
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Finding, type Severity } from "../../server/analysis/interpreter/findings";
import { commentPrefixFor } from "../../server/analysis/suppression";

export interface RelatedExpectation {
  /** Another file of the fixture (its name relative to the fixture's folder), or null for this file. */
  readonly file: string | null;
  /** 1-based, as written. */
  readonly line: number;
  readonly column: number;
}

export interface Expectation {
  readonly file: string;
  /** 0-based line of the code the carets mark. */
  readonly line: number;
  /** 0-based columns: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** A substring of the expected message, or null when the expectation does not say. */
  readonly message: string | null;
  readonly related: RelatedExpectation | null;
  /** 1-based line of the expectation comment itself, for error reports. */
  readonly at: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];

/**
 * A line that starts like an expectation (the comment marker then carets); it must then parse as
 * one. One pattern per marker: a `#` line in TypeScript, or a `//` line in Python, is not one.
 */
const CARET_LINES: Readonly<Record<string, RegExp>> = {
  "//": /^(\s*\/\/[ ]*)(\^+)(.*)$/,
  "#": /^(\s*#[ ]*)(\^+)(.*)$/,
};

function caretLineFor(file: string): RegExp {
  const prefix = commentPrefixFor(file);
  const re = CARET_LINES[prefix];
  if (!re) throw new Error(`no expectation syntax for comments starting with ${prefix}`);
  return re;
}

const TAIL = /^ +([a-z]+) +([a-z][a-z-]*)(?:: (.*?))?(?: \[related (?:([^\]\s:]+):)?(\d+):(\d+)\])?\s*$/;

export class FixtureSyntaxError extends Error {}

/**
 * The expectations written in a fixture's text; `file` (its name) decides the comment marker.
 * Throws FixtureSyntaxError on a malformed one.
 */
export function parseExpectations(text: string, file: string): Expectation[] {
  const caretLine = caretLineFor(file);
  const isExpectationLine = (line: string): boolean => caretLine.test(line);
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = caretLine.exec(line);
    if (!m) continue;
    const where = `${file}:${i + 1}`;
    const prefix = m[1] as string;
    const carets = m[2] as string;
    const tail = TAIL.exec(m[3] as string);
    if (!tail) throw new FixtureSyntaxError(`${where}: malformed expectation: ${line.trim()}`);
    const severity = tail[1] as Severity;
    const code = tail[2] as DiagnosticCode;
    if (!SEVERITIES.includes(severity)) throw new FixtureSyntaxError(`${where}: unknown severity '${severity}'`);
    if (!DIAGNOSTIC_CODES.includes(code)) throw new FixtureSyntaxError(`${where}: unknown diagnostic code '${code}'`);
    let target = i - 1;
    while (target >= 0 && isExpectationLine(lines[target] as string)) target--;
    if (target < 0 || (lines[target] as string).trim() === "") throw new FixtureSyntaxError(`${where}: an expectation must be right under a code line`);
    const start = prefix.length;
    const end = start + carets.length;
    if (end > (lines[target] as string).length) throw new FixtureSyntaxError(`${where}: the carets go past the end of line ${target + 1}`);
    const related = tail[5] !== undefined && tail[6] !== undefined ? { file: tail[4] ?? null, line: Number(tail[5]), column: Number(tail[6]) } : null;
    out.push({ file, line: target, start, end, severity, code, message: tail[3] ?? null, related, at: i + 1 });
  }
  return out;
}

function rangeText(a: FileAnalysis, f: Finding): string {
  const s = a.lines.position(f.span.start);
  const e = a.lines.position(f.span.end);
  return s.line === e.line ? `${s.line + 1}:${s.character + 1}-${e.character + 1}` : `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

function describeFinding(a: FileAnalysis, f: Finding): string {
  return `${rangeText(a, f)} ${f.severity} ${f.code}: ${f.message} (${JSON.stringify(a.text.slice(f.span.start, f.span.end))})`;
}

/** Whether a finding sits exactly on an expectation's range. */
function onRange(a: FileAnalysis, f: Finding, x: Expectation): boolean {
  const s = a.lines.position(f.span.start);
  const e = a.lines.position(f.span.end);
  return s.line === x.line && e.line === x.line && s.character === x.start && e.character === x.end;
}

export interface FileResult {
  readonly file: string;
  readonly expectations: readonly Expectation[];
  readonly findings: readonly Finding[];
  /** Everything that does not match; empty when the file passes. */
  readonly problems: readonly string[];
}

/** Checks one analyzed file against its expectations. */
function checkFile(ws: Workspace, file: string, fixtureRoot: string): FileResult {
  const a = ws.analyze(file);
  const name = relative(fixtureRoot, file);
  const problems: string[] = [];
  let expectations: Expectation[] = [];
  try {
    expectations = parseExpectations(a.text, name);
  } catch (e) {
    if (!(e instanceof FixtureSyntaxError)) throw e;
    return { file, expectations: [], findings: a.findings, problems: [e.message] };
  }
  if (a.skipped) problems.push(`${name}: not analyzed (${a.skipped})`);
  if (a.truncated && !a.skipped) problems.push(`${name}: the analysis ran out of budget`);
  const unmatched = new Set(a.findings);
  for (const x of expectations) {
    const where = `${name}:${x.at}`;
    const candidates = a.findings.filter((f) => unmatched.has(f) && onRange(a, f, x));
    const found = candidates.find((f) => f.code === x.code) ?? null;
    if (!found) {
      const near = a.findings.filter((f) => f.code === x.code && a.lines.position(f.span.start).line === x.line);
      const hint = near.length > 0 ? `; on that line: ${near.map((f) => describeFinding(a, f)).join("; ")}` : candidates.length > 0 ? `; on that range: ${candidates.map((f) => describeFinding(a, f)).join("; ")}` : "";
      problems.push(`${where}: missing ${x.severity} ${x.code} at ${x.line + 1}:${x.start + 1}-${x.end + 1}${hint}`);
      continue;
    }
    unmatched.delete(found);
    if (found.severity !== x.severity) problems.push(`${where}: expected severity ${x.severity}, got ${found.severity} (${describeFinding(a, found)})`);
    if (x.message !== null && !found.message.includes(x.message)) problems.push(`${where}: message ${JSON.stringify(found.message)} does not contain ${JSON.stringify(x.message)}`);
    if (x.related) {
      const want = x.related;
      const wantFile = want.file === null ? file : join(dirname(file), want.file);
      const ok = found.related.some((r) => {
        if (r.file !== wantFile) return false;
        const text = r.file === file ? a.text : ws.analyze(r.file).text;
        const p = positionIn(text, r.span.start);
        return p.line + 1 === want.line && p.character + 1 === want.column;
      });
      if (!ok) {
        const got = found.related.map((r) => {
          const p = positionIn(r.file === file ? a.text : ws.analyze(r.file).text, r.span.start);
          return `${r.file === file ? "" : `${basename(r.file)}:`}${p.line + 1}:${p.character + 1} (${r.message})`;
        });
        problems.push(`${where}: no related location at ${want.file ? `${want.file}:` : ""}${want.line}:${want.column}; related: ${got.length > 0 ? got.join(", ") : "none"}`);
      }
    }
  }
  for (const f of unmatched) problems.push(`${name}: unexpected ${describeFinding(a, f)}`);
  return { file, expectations, findings: a.findings, problems };
}

/** 0-based line and character of an offset (ASCII fixtures: characters are UTF-16 units). */
function positionIn(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** `// settings: {"engineModules": ["@acme/torch"]}` in a fixture: the Workspace options it is checked with. */
const SETTINGS = /^\s*\/\/ settings: (\{.*\})\s*$/m;

function settingsOf(files: readonly string[]): WorkspaceOptions {
  const options: WorkspaceOptions = {};
  for (const f of files) {
    const m = SETTINGS.exec(readFileSync(f, "utf8"));
    if (m) Object.assign(options, JSON.parse(m[1] as string) as WorkspaceOptions);
  }
  return options;
}

/**
 * Checks a fixture: one file, or the files of a multi-file folder analyzed with one Workspace
 * (with the settings a `// settings: {...}` line in any of them gives). `fixtureRoot` only
 * shortens the names in the report.
 */
export function checkFixture(files: readonly string[], fixtureRoot: string): FileResult[] {
  const ws = new Workspace(settingsOf(files));
  return files.map((f) => checkFile(ws, f, fixtureRoot));
}
