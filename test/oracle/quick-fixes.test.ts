// Quick fixes judged by execution: a fix is offered only where applying it makes the call run.
// For every program of the fixtures and the recorded corpus that the engine stops with an error,
// each quick fix offered for that error is applied and the program run again: the call that
// raised must now run, and nothing that ran before may raise instead (a fix that resizes a state
// another layer also uses would move the error there).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { Workspace } from "../../server/analysis/workspace";
import ts from "typescript";
import { execute, type RunOutcome } from "../helpers/execute";
import { innermostStatement } from "../helpers/oracle";
import { generateProgram } from "./generator";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? (n === "cross-file" || n === "projects" ? [] : files(p)) : [".ts", ".js"].includes(extname(n)) ? [p] : [];
    });
}

interface Checked {
  readonly fixes: number;
  readonly problems: string[];
}

/** The 0-based line of an offset. */
function line2(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length - 1;
}

/** The offset a 0-based line starts at. */
function lineStart(text: string, line: number): number {
  return text.split("\n").slice(0, line).reduce((n, l) => n + l.length + 1, 0);
}

/** The first user frame's offset of a run's error, or null for a clean run. */
function raisedAt(o: RunOutcome): number | null {
  return o.kind === "error" ? (o.error.frames[0]?.offset ?? null) : null;
}

function checkProgram(path: string, text: string, out: Checked & { fixes: number }): void {
  const before = execute([{ path, text }], path);
  if (before.kind !== "error") return;
  const at = raisedAt(before);
  const ws = new Workspace();
  ws.setText(path, text);
  const analysis = ws.analyze(path);
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  for (const f of analysis.findings) {
    // The fixes of the error the run stopped at: the finding lies in the call that raised.
    if (at === null || f.fixes.length === 0 || f.severity !== "error") continue;
    const line = (o: number) => analysis.lines.position(o).line;
    if (line(f.span.start) !== line(at)) continue;
    for (const fix of f.fixes) {
      out.fixes++;
      const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
      let fixed = text;
      for (const e of edits) fixed = fixed.slice(0, e.span.start) + e.newText + fixed.slice(e.span.end);
      const after = execute([{ path, text: fixed }], path);
      const where = `${relative(root, path)}:${line(f.span.start) + 1} "${fix.title}"`;
      if (after.kind !== "clean" && after.kind !== "error") {
        out.problems.push(`${where}: the fixed program does not run (${after.kind})`);
        continue;
      }
      const now = raisedAt(after);
      if (now === null) continue;
      // Edits keep lines, so lines compare across the two texts: the fixed call must run, and so
      // must every statement that ran to its end before the fix.
      const nowLine = line2(fixed, now);
      const inOriginal = lineStart(text, nowLine) + (now - lineStart(fixed, nowLine));
      const stmt = innermostStatement(sf, inOriginal, inOriginal);
      const ranBefore = stmt !== null && before.completed.has(`${path}:${stmt.start}:${stmt.end}`);
      if (line(now) === line(at) || ranBefore) out.problems.push(`${where}: the fixed program raises at line ${line(now) + 1}: ${after.kind === "error" ? after.error.message : ""}`);
    }
  }
}

describe("quick fixes make the call run", () => {
  it("on the fixtures and the recorded corpus", () => {
    const checked = { fixes: 0, problems: [] as string[] };
    for (const f of [...files(join(root, "test", "fixtures")), ...files(join(root, "test", "oracle", "corpus"))]) checkProgram(f, readFileSync(f, "utf8"), checked);
    console.log(`quick fixes checked by running the fixed program: ${checked.fixes}`);
    assert.deepEqual(checked.problems, []);
    assert.ok(checked.fixes >= 15, `only ${checked.fixes} fixes were checked`);
  });

  it("on freshly generated programs", () => {
    const checked = { fixes: 0, problems: [] as string[] };
    for (let s = 200000; s < 200300; s++) checkProgram(join(root, "generated", `seed-${s}.ts`), generateProgram(s).text, checked);
    console.log(`quick fixes checked on generated programs: ${checked.fixes}`);
    assert.deepEqual(checked.problems, []);
  });
});
