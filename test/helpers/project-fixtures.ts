/**
 * The project fixtures (test/fixtures/projects): each folder is a TypeScript or JavaScript project
 * whose own source files carry their expectations; its installed packages (node_modules) are read
 * only when imported.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** A project's own files with one of `extensions`, in a stable order: not its installed packages. */
export function projectFiles(dir: string, extensions: ReadonlySet<string>): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return name === "node_modules" ? [] : projectFiles(p, extensions);
      return extensions.has(extname(name)) ? [p] : [];
    });
}
