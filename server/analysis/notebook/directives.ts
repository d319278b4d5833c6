/**
 * Suppression comments in a notebook: Python's `#` comments of its analyzed cells. A directive
 * belongs to its cell: `# rnnlens-ignore-next-line` on a cell's last line applies to nothing (the
 * next line of the joined text is another cell's, which the user does not see as the next line),
 * and comments of cells that are not analyzed (`%%bash`, another language) are not directives.
 */
import { scanDirectives, type Directives } from "../suppression";
import type { NotebookLayout } from "./cells";

export function notebookDirectives(layout: NotebookLayout): Directives {
  let text = layout.text;
  if (!text.includes("rnnlens-ignore")) return scanDirectives("", "#");
  // Blank the cells that are not analyzed, lines kept, so the line numbers stay the joined text's.
  for (const c of layout.cells) {
    if (c.analyzed || c.length === 0) continue;
    text = text.slice(0, c.start) + text.slice(c.start, c.start + c.length).replace(/[^\r\n]/g, " ") + text.slice(c.start + c.length);
  }
  const found = scanDirectives(text, "#");
  const firstLines = new Set(layout.cells.filter((c) => c.lineCount > 0).map((c) => c.firstLine));
  return { file: found.file, nextLine: new Map([...found.nextLine].filter(([line]) => !firstLines.has(line))), problems: found.problems };
}
