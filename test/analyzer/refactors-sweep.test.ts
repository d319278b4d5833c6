// The initial-state and @shape JSDoc refactors over every analyzer fixture, example and program
// of the oracle's recorded corpus: at each forward call and each declaration (function
// parameters included), every offer of these kinds is rewritten, and the result must make edits,
// analyze with no diagnostic the file did not have, and type-check with no error the file did
// not have; a program given its initial state must run in the engine as it did with the default
// one (the differential oracle judges it, as it judges the fixtures). The fixtures under
// test/fixtures/refactors/ pin the exact text; this holds the refactors to code they were not
// written for.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { refactorOffers, type AnyRefactorOffer } from "../../server/analysis/refactors/registry";
import { rewrite } from "../../server/refactors/index";
import { applyEdits } from "../../server/refactors/transform";
import { analyzeText } from "../helpers/analyze-text";
import { judge } from "../helpers/oracle";
import { typeErrorsByFile } from "../helpers/type-errors";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE = /\.[cm]?[jt]sx?$/;
const KINDS: readonly AnyRefactorOffer["kind"][] = ["add-initial-state", "shape-jsdoc"];

function sourcesIn(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourcesIn(path, out);
    else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** How a program's run in the engine ends ("clean", "error: <line>: <message>", ...), and what the oracle finds wrong with the analysis of it. */
function runOf(name: string, path: string, text: string): { outcome: string; disagreements: readonly string[] } {
  const [v] = judge({ name, files: [{ path, text }], closed: false });
  if (!v) throw new Error(`${name}: no verdict`);
  return { outcome: v.outcome === "error" ? `error: ${v.raised ?? ""}` : v.outcome, disagreements: v.disagreements };
}

function findings(file: string, text: string): string[] {
  return analyzeText(file, text).analysis.findings.map((f) => `${f.code}: ${f.message}`);
}

interface Applied {
  readonly kind: AnyRefactorOffer["kind"];
  readonly file: string;
  readonly title: string;
  readonly input: string;
  readonly output: string;
}

describe("the initial-state and @shape JSDoc refactors on every fixture, example and corpus program", () => {
  const applied: Applied[] = [];

  it("each offer rewrites, with no new diagnostic", () => {
    const files = [join("test", "fixtures"), "examples", join("test", "oracle", "corpus")].flatMap((d) => sourcesIn(join(ROOT, d)));
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const { analysis, sourceFile } = analyzeText(file, text);
      if (!sourceFile) continue;
      const before = analysis.findings.map((f) => `${f.code}: ${f.message}`);
      const positions = new Set(analysis.facts.filter((f) => f.role === "call" || f.role === "declaration").map((f) => f.span.start));
      const done = new Set<string>();
      for (const start of positions) {
        for (const offer of refactorOffers({ analysis, sourceFile, range: { start, end: start } })) {
          const key = `${offer.kind}:${offer.target.start}:${offer.target.end}`;
          if (!KINDS.includes(offer.kind) || done.has(key)) continue;
          done.add(key);
          const edits = rewrite(file, text, offer);
          if (!edits) {
            problems.push(`${file}: "${offer.title}" made no edit`);
            continue;
          }
          const output = applyEdits(text, edits);
          const added = findings(file, output).filter((d) => !before.includes(d));
          if (added.length > 0) problems.push(`${file}: "${offer.title}" added ${JSON.stringify(added)}`);
          applied.push({ kind: offer.kind, file, title: offer.title, input: text, output });
        }
      }
    }
    assert.deepEqual(problems, []);
    for (const kind of KINDS) assert.ok(applied.some((a) => a.kind === kind), `some ${kind} offer was applied`);
  });

  it("each initial state written runs in the engine as the default one did, and the oracle agrees", () => {
    const states = applied.filter((a) => a.kind === "add-initial-state");
    assert.ok(states.length > 0, "initial states were written above");
    const problems: string[] = [];
    let ran = 0;
    for (const a of states) {
      const before = runOf(a.file, a.file, a.input);
      // The new lines move later errors down: how runs end is compared, not on which line.
      const after = runOf(a.file, a.file, a.output);
      if (after.outcome.split(":")[0] !== before.outcome.split(":")[0]) problems.push(`${a.file}: "${a.title}" ran ${before.outcome} before, ${after.outcome} after`);
      if (after.disagreements.length > 0) problems.push(`${a.file}: "${a.title}": ${JSON.stringify(after.disagreements)}`);
      if (after.outcome === "clean") ran++;
    }
    assert.deepEqual(problems, []);
    console.log(`initial states: ${states.length} written, ${ran} of them in programs that run cleanly`);
    assert.ok(ran > 0, "some results ran cleanly");
  });

  it("each result type-checks as its file does", () => {
    assert.ok(applied.length > 0, "offers were applied above");
    // Each copy a module of its own: scripts (the corpus's CommonJS programs) would share one
    // global scope and clash.
    const files = applied.flatMap((a, i) => [
      { path: a.file.replace(SOURCE, (e) => `.sweep${i}.input${e}`), text: `${a.input}\nexport {};\n` },
      { path: a.file.replace(SOURCE, (e) => `.sweep${i}.output${e}`), text: `${a.output}\nexport {};\n` },
    ]);
    const errors = typeErrorsByFile(files);
    const problems: string[] = [];
    applied.forEach((a, i) => {
      const input = errors.get(files[2 * i]?.path ?? "") ?? [];
      const added = (errors.get(files[2 * i + 1]?.path ?? "") ?? []).filter((e) => !input.includes(e));
      if (added.length > 0) problems.push(`${a.file}: "${a.title}" added ${JSON.stringify(added)}`);
    });
    assert.deepEqual(problems, []);
  });
});
