/**
 * Which files `rnnlens check` reads: the given files, and under the given folders every file the
 * analysis reads (ANALYZED_EXTENSIONS: TypeScript, JavaScript, Python, Jupyter notebooks),
 * skipping node_modules, dist, dot-folders (Jupyter's `.ipynb_checkpoints` among them: stale copies
 * of the notebooks beside it), Python's caches and virtualenvs (installed packages are not the
 * user's code), and leaving out whatever the exclude list matches (files, and folders with all
 * they hold). A path that does not exist is a usage error; an unreadable folder met on the way is
 * reported and skipped.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { ExcludeList } from "../analysis/exclude";
import { ANALYZED_EXTENSIONS } from "../analysis/workspace";
import { UsageError, messageOf } from "./errors";

/**
 * Folder names never searched (unless given explicitly): installed packages, build output,
 * Python's bytecode caches and virtualenvs by their usual names (`.venv` is a dot-folder).
 */
export const SKIPPED_FOLDERS: readonly string[] = ["node_modules", "dist", "__pycache__", "venv", "site-packages"];

/** The file every virtualenv has at its top (PEP 405), whatever the folder is called. */
const VIRTUALENV_MARKER = "pyvenv.cfg";

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: string[];
  /** Problems met while searching folders (reported, not fatal). */
  readonly warnings: string[];
}

export function isAnalyzedFile(path: string): boolean {
  return ANALYZED_EXTENSIONS.includes(extname(path).toLowerCase()) && !path.endsWith(".d.ts") && !path.endsWith(".d.mts") && !path.endsWith(".d.cts");
}

function skippedFolder(name: string, path: string): boolean {
  return SKIPPED_FOLDERS.includes(name) || name.startsWith(".") || existsSync(join(path, VIRTUALENV_MARKER));
}

/** Throws UsageError for a path that does not exist or a file with another extension. */
export function discover(paths: readonly string[], cwd: string = process.cwd(), exclude: ExcludeList | null = null): Discovery {
  const excluded = (p: string): boolean => exclude !== null && exclude.matches(p);
  const files = new Set<string>();
  const warnings: string[] = [];
  const visited = new Set<string>();

  const walk = (dir: string, shown: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      warnings.push(`cannot read folder ${shown}: ${messageOf(e)}`);
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push(`cannot read folder ${shown}: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`);
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (excluded(full)) continue;
      if (isDir) {
        if (!skippedFolder(entry.name, full)) walk(full, join(shown, entry.name));
      } else if (isFile && isAnalyzedFile(entry.name)) files.add(full);
    }
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statGiven(abs, p);
    if (excluded(abs)) continue;
    if (st.isDirectory()) walk(abs, p);
    else if (st.isFile()) {
      if (!ANALYZED_EXTENSIONS.includes(extname(abs).toLowerCase())) {
        throw new UsageError(notAnalyzedMessage(p));
      }
      files.add(abs);
    } else throw new UsageError(`${p} is neither a file nor a folder`);
  }
  return { files: [...files].sort(comparePaths), warnings };
}

/** The usage error for a named file the analysis does not read. */
export function notAnalyzedMessage(path: string): string {
  return `${path} is not a Python, TypeScript or JavaScript file (expected ${ANALYZED_EXTENSIONS.join(" ")})`;
}

/** Plain code-unit order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What a path given on the command line (`given`, `abs` resolved) is; a missing or unreadable one
 * is a usage error, its message led by `prefix` (the option that named it).
 */
export function statGiven(abs: string, given: string, prefix = ""): Stats {
  try {
    return statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${prefix}no such file or folder: ${given}`);
    throw new UsageError(`${prefix}cannot read ${given}: ${code ?? messageOf(e)}`);
  }
}
