// Snapshots of the core's answers for the example models (TypeScript and Python): every inferred shape by position, and
// the hover of each module, forward call and tensor declaration. Run with UPDATE_SNAPSHOTS=1 to
// rewrite them after an intended change, then review the diff.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { hoverAt, shapeEntries } from "../../server/analysis/queries";
import { Workspace } from "../../server/analysis/workspace";

const root = join(__dirname, "..", "..");
const sources = [
  ...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".ts") || f.endsWith(".py")).map((f) => join("examples", f)),
  ...readdirSync(join(__dirname, "snapshot-inputs")).map((f) => join("test", "analyzer", "snapshot-inputs", f)),
].sort();

function render(file: string): string {
  const ws = new Workspace();
  const a = ws.analyze(join(root, file));
  const out: string[] = [`# ${file}`, "", "## shapes"];
  for (const e of shapeEntries(a)) {
    const p = a.lines.position(e.span.start);
    out.push(`${p.line + 1}:${p.character + 1} ${e.kind} ${e.name}: ${e.text}`);
  }
  out.push("", "## hovers");
  const seen = new Set<string>();
  for (const e of shapeEntries(a)) {
    const h = hoverAt(a, e.span.start);
    if (!h) continue;
    const p = a.lines.position(e.span.start);
    const text = [`${p.line + 1}:${p.character + 1} ${h.title}`, ...h.sections.flatMap((s) => [...(s.heading ? [`  ${s.heading}`] : []), ...s.lines.map((l) => `    ${l}`)])].join("\n");
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return `${out.join("\n")}\n`;
}

describe("analyzer snapshots", () => {
  before(async () => {
    await loadPythonParser();
  });
  for (const file of sources) {
    it(file, (t) => {
      const snap = join(__dirname, "snapshots", `${file.replace(/[\\/]/g, "__")}.snap`);
      const actual = render(file);
      if (process.env["UPDATE_SNAPSHOTS"] === "1" || !existsSync(snap)) {
        writeFileSync(snap, actual);
        if (process.env["UPDATE_SNAPSHOTS"] !== "1") assert.fail(`new snapshot written: ${snap} (review it, then re-run)`);
        // Rewriting checks nothing: report it as skipped, not passed.
        t.skip(`snapshot rewritten: ${snap} (review the diff)`);
        return;
      }
      assert.equal(actual, readFileSync(snap, "utf8"));
    });
  }
});
