/**
 * Suppression comments, as users know them from linters:
 *
 *   // rnnlens-ignore-next-line                       every diagnostic starting on the next line
 *   // rnnlens-ignore-next-line input-size-mismatch   only these codes (spaces or commas between)
 *   // rnnlens-ignore-file [codes]                    the whole file (the comment may be anywhere)
 *
 * Text after ` -- ` is a reason for readers and is ignored. A directive is a line comment on a
 * line of its own; the comment prefix is a parameter (`//` for TypeScript and JavaScript, `#` for
 * Python and notebook cells), so every frontend shares this scanner. The workspace applies it to
 * each analysis, so the editor and the CLI suppress the same findings (in a notebook, a directive
 * stays in its cell: notebook/directives.ts).
 *
 * A directive never fails: an unknown code (a typo, or a code of a newer version) is reported as
 * a problem and dropped, and a directive naming only unknown codes suppresses nothing rather
 * than everything.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Finding } from "./interpreter/findings";
import type { LineMap } from "./text";

/** Which codes a directive silences: all of them, or those listed. */
export type CodeFilter = { readonly all: true } | { readonly all: false; readonly codes: ReadonlySet<DiagnosticCode> };

/** Something wrong with a directive, for the log (0-based line). */
export interface DirectiveProblem {
  readonly line: number;
  readonly message: string;
}

export interface Directives {
  /** From `rnnlens-ignore-file` comments; null when there is none. */
  readonly file: CodeFilter | null;
  /** 0-based line of the code a `rnnlens-ignore-next-line` comment applies to -> its filter. */
  readonly nextLine: ReadonlyMap<number, CodeFilter>;
  readonly problems: readonly DirectiveProblem[];
}

const NEXT_LINE = "rnnlens-ignore-next-line";
const FILE = "rnnlens-ignore-file";
const KNOWN = new Set<string>(DIAGNOSTIC_CODES);

/** The line-comment prefix of a file's language, by extension (a notebook's cells are Python). */
export function commentPrefixFor(file: string): string {
  return /\.(pyi?|ipynb)$/i.test(file) ? "#" : "//";
}

function isCode(s: string): s is DiagnosticCode {
  return KNOWN.has(s);
}

/** Merges two filters of the same line or file: all wins, else the union of the codes. */
function union(a: CodeFilter | undefined | null, b: CodeFilter): CodeFilter {
  if (!a) return b;
  if (a.all || b.all) return { all: true };
  return { all: false, codes: new Set([...a.codes, ...b.codes]) };
}

/** Finds the directives in `text`, whose line comments start with `commentPrefix`. */
export function scanDirectives(text: string, commentPrefix: string): Directives {
  let file: CodeFilter | null = null;
  const nextLine = new Map<number, CodeFilter>();
  const problems: DirectiveProblem[] = [];
  // Cheap exit: most files have no directive at all.
  if (!text.includes("rnnlens-ignore")) return { file, nextLine, problems };
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trimStart();
    if (!line.startsWith(commentPrefix)) continue;
    const body = line.slice(commentPrefix.length).trim();
    if (!body.startsWith("rnnlens-ignore")) continue;
    const [head, ...rest] = body.split(/\s+/);
    const reasonAt = rest.indexOf("--");
    const words = (reasonAt >= 0 ? rest.slice(0, reasonAt) : rest).join(" ").split(/[\s,]+/).filter((w) => w !== "");
    if (head !== NEXT_LINE && head !== FILE) {
      problems.push({ line: i, message: `unknown directive '${head ?? ""}' (expected ${NEXT_LINE} or ${FILE}); ignored` });
      continue;
    }
    const codes = new Set<DiagnosticCode>();
    for (const w of words) {
      if (isCode(w)) codes.add(w);
      else problems.push({ line: i, message: `unknown diagnostic code '${w}' in ${head}; ignored` });
    }
    const filter: CodeFilter = words.length === 0 ? { all: true } : { all: false, codes };
    if (head === FILE) file = union(file, filter);
    else nextLine.set(i + 1, union(nextLine.get(i + 1), filter));
  }
  return { file, nextLine, problems };
}

function silences(filter: CodeFilter | null | undefined, code: DiagnosticCode): boolean {
  return filter !== null && filter !== undefined && (filter.all || filter.codes.has(code));
}

/** The findings the directives leave, each judged by the line its range starts on. */
export function applyDirectives(findings: readonly Finding[], lines: LineMap, directives: Directives): Finding[] {
  if (directives.file === null && directives.nextLine.size === 0) return [...findings];
  return findings.filter((f) => !silences(directives.file, f.code) && !silences(directives.nextLine.get(lines.position(f.span.start).line), f.code));
}
