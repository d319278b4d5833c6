/**
 * IPython syntax in notebook cells, masked so that the Python parser sees plain Python and every
 * offset stays where it was (a masked line keeps its length): line magics (`%time`), shell escapes
 * (`!ls`, `!!ls`), captured shell output (`x = !ls`, `x = %sx ls`), help (`obj?`, `?obj`, `obj??`),
 * automagic commands (`pip install torch`) and Python cell magics on the first line (`%%time`).
 * A cell whose first line is a cell magic that runs something other than Python (`%%bash`,
 * `%%writefile`) is not Python at all: it is skipped.
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

/**
 * The cell's text with IPython syntax masked, the same length, line for line: a masked line
 * becomes a comment, or (indented, where a comment would leave a block empty) the name `_`
 * padded with spaces; a captured command's value becomes `_`.
 */
export function maskIPython(text: string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const masked = maskLine(lines[i] as string);
    if (masked !== null) {
      lines[i] = masked;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

function maskLine(line: string): string | null {
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  const body = line.slice(indent);
  if (body === "") return null;
  const c = body[0];
    // No Python line starts with `%`, `!` or `?`.
  if (c === "%" || c === "!" || c === "?" || HELP.test(body) || AUTOMAGIC.test(body)) return blank(line, indent);
  const captured = CAPTURED.exec(line);
  if (captured) {
    const lhs = captured[1] as string;
    return lhs + "_" + " ".repeat(line.length - lhs.length - 1);
  }
  return null;
}

/** A masked line: a comment at the top level, `_` inside a block (a comment would leave it empty). */
function blank(line: string, indent: number): string {
  const rest = line.length - indent - 1;
  return line.slice(0, indent) + (indent === 0 ? "#" : "_") + " ".repeat(rest);
}
