/**
 * IPython syntax in notebook cells, masked so that the Python parser sees plain Python and every
 * offset stays where it was (a masked line keeps its length, and its `\r` in a CRLF cell): line
 * magics (`%time`), shell escapes (`!ls`, `!!ls`), captured shell output (`x = !ls`,
 * `x = %sx ls`), help (`obj?`, `?obj`, `obj??`), automagic commands (`pip install torch`) and
 * Python cell magics on the first line (`%%time`). IPython reads them only where a statement
 * starts, and so does the masking: a line inside a string, inside brackets or after a `\`
 * continuation is Python (`("%d"\n % x)`). A cell whose first line is a cell magic that runs
 * something other than Python (`%%bash`, `%%writefile`) is not Python at all: it is skipped.
 */

/** Cell magics whose body is Python, run by the kernel (the rest of the cell is analyzed). */
const PYTHON_CELL_MAGICS: ReadonlySet<string> = new Set(["capture", "debug", "prun", "python", "python3", "time", "timeit"]);

/**
 * Commands IPython runs without a `%` (automagic) when they start a line: `pip install torch`,
 * `cd ../data`, `matplotlib inline`. Only with an argument that cannot continue a Python
 * expression (a word, an option, a path, a quoted string), or alone on the line.
 */
const AUTOMAGIC = /^(pip|conda|mamba|cd|load_ext|matplotlib|autoreload|pwd|pylab|reload_ext|unload_ext)(\s+[\w\-"'/~$.]|\s*$)/;

/** `name = !cmd` and `name = %magic`: the shell or magic's output assigned to a name. */
const CAPTURED = /^(\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*)([!%].*)$/;

/** `obj?`, `obj??`, `obj.attr?`, `?obj`: IPython's help, not Python. */
const HELP = /^(\?\??[\w.]+|[\w.[\]()]+\?\??)\s*$/;

/** The name of the cell magic on a cell's first line (`%%bash` → "bash"), or null. */
export function cellMagic(text: string): string | null {
  const m = /^\s*%%([A-Za-z_][\w-]*)/.exec(text);
  return m ? (m[1] as string) : null;
}

/** Whether a cell with this text is Python to analyze (not a non-Python cell magic such as `%%bash`). */
export function isPythonCellText(text: string): boolean {
  const magic = cellMagic(text);
  return magic === null || PYTHON_CELL_MAGICS.has(magic);
}

export interface MaskedCell {
  /** The cell's text with its IPython lines masked: the same length, line for line. */
  readonly text: string;
  /**
   * Offsets (in the cell) of the names that stand for captured output (`x = !ls` becomes
   * `x = _  `): the lowering makes them unknown values, whatever `_` is bound to.
   */
  readonly unknownAt: readonly number[];
}

/**
 * The cell's text with IPython syntax masked, the same length, line for line. At the top level a
 * masked line becomes a comment; indented (in a block, which a comment would leave empty) it
 * becomes `pass`, or `0` where `pass` does not fit; a captured command's value becomes `_`.
 */
export function maskIPython(text: string): MaskedCell {
  const lines = text.split("\n");
  const unknownAt: number[] = [];
  const scan: ScanState = { depth: 0, string: null, continued: false };
  let changed = false;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const full = lines[i] as string;
    const cr = full.endsWith("\r") ? 1 : 0;
    const line = cr ? full.slice(0, -1) : full;
    const atStatementStart = scan.depth === 0 && scan.string === null && !scan.continued;
    const masked = atStatementStart ? maskLine(line) : null;
    if (masked !== null) {
      lines[i] = masked.line + (cr ? "\r" : "");
      if (masked.unknownAt !== null) unknownAt.push(offset + masked.unknownAt);
      changed = true;
    } else scanLine(line, scan);
    offset += full.length + 1;
  }
  return { text: changed ? lines.join("\n") : text, unknownAt };
}

function maskLine(line: string): { line: string; unknownAt: number | null } | null {
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  const body = line.slice(indent);
  if (body === "") return null;
  const c = body[0];
  // No Python statement starts with `%`, `!` or `?`.
  if (c === "%" || c === "!" || c === "?" || HELP.test(body) || AUTOMAGIC.test(body)) return { line: blank(line, indent), unknownAt: null };
  const captured = CAPTURED.exec(line);
  if (captured) {
    const lhs = captured[1] as string;
    return { line: lhs + "_" + " ".repeat(line.length - lhs.length - 1), unknownAt: lhs.length };
  }
  return null;
}

/** A masked line: a comment at the top level; inside a block, a statement that does nothing. */
function blank(line: string, indent: number): string {
  const width = line.length - indent;
  const filler = indent === 0 ? "#" : width >= 4 ? "pass" : "0";
  return line.slice(0, indent) + filler + " ".repeat(width - filler.length);
}

/** What a line leaves open for the next: brackets, a triple-quoted string, a `\` continuation. */
interface ScanState {
  depth: number;
  /** The delimiter of the string still open at the line's end (`"""`, `'''`), or null. */
  string: string | null;
  continued: boolean;
}

/** Reads one line's brackets, strings and comment into `s` (enough to know where statements start). */
function scanLine(line: string, s: ScanState): void {
  s.continued = false;
  let i = 0;
  while (i < line.length) {
    if (s.string !== null) {
      const close = findClose(line, i, s.string);
      if (close < 0) {
        // A one-quote string open at the line's end continues only after a `\`.
        if (s.string.length === 1 && !line.endsWith("\\")) s.string = null;
        return;
      }
      i = close + s.string.length;
      s.string = null;
      continue;
    }
    const c = line[i] as string;
    if (c === "#") return;
    if (c === "'" || c === '"') {
      s.string = line.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += s.string.length;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") s.depth++;
    else if ((c === ")" || c === "]" || c === "}") && s.depth > 0) s.depth--;
    else if (c === "\\" && i === line.length - 1) s.continued = true;
    i++;
  }
}

/** Where the string delimited by `quote` closes in `line` from `from` (escapes skipped), or -1. */
function findClose(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\") {
      i++;
      continue;
    }
    if (line.startsWith(quote, i)) return i;
  }
  return -1;
}
