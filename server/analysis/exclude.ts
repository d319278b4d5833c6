/**
 * The `exclude` list (setting `rnnlens.exclude`, CLI `--exclude GLOB`): files that get no
 * diagnostics. Globs are minimatch's (`*`, `**`, `?`, `[...]`, `{a,b}`), matched with forward
 * slashes against the path relative to the roots (the workspace folders, or the CLI's working
 * folder), or against the absolute path of a file outside them. As in .gitignore, a glob
 * without a slash matches a name at any depth (`*.gen.ts`, `generated`), and a glob that
 * matches a folder excludes everything under it (`vendor` or `vendor/**`). Dot files are
 * matched like any other.
 */
import { isAbsolute, relative, sep } from "node:path";
import { Minimatch } from "minimatch";

function slashes(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/** `a/b/c.ts` -> `a`, `a/b`, `a/b/c.ts` (an absolute path keeps its leading slash). */
function selfAndAncestors(p: string): string[] {
  const parts = p.split("/");
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join("/");
    if (prefix !== "") out.push(prefix);
  }
  return out;
}

export class ExcludeList {
  private readonly patterns: Minimatch[];

  constructor(
    globs: readonly string[],
    /** Folders relative globs are matched from (absolute paths). */
    private readonly roots: readonly string[],
  ) {
    this.patterns = globs
      .map((g) => g.trim().replace(/^\.\//, ""))
      .filter((g) => g !== "")
      .map((g) => new Minimatch(g, { dot: true, matchBase: true }));
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /** Whether `file` (an absolute path, a file or a folder) is excluded. */
  matches(file: string): boolean {
    if (this.patterns.length === 0) return false;
    const candidates: string[] = [];
    for (const root of this.roots) {
      const rel = relative(root, file);
      if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) candidates.push(...selfAndAncestors(slashes(rel)));
    }
    // Outside every root, the absolute path. Inside one, only the relative path: the folders
    // above the root are no part of the project (`src` must not exclude all of /home/me/src/app).
    if (candidates.length === 0) candidates.push(...selfAndAncestors(slashes(file)));
    return candidates.some((c) => this.patterns.some((m) => m.match(c)));
  }
}
