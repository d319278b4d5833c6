// Every refactor offered anywhere in the repository's model code — the analyzer fixtures, the
// examples and the oracle's recorded corpus of generated programs — is applied at every
// recurrent constructor: each offer must rewrite, and the result must analyze with its modules
// configured as the refactor promises (test/analyzer/refactors.test.ts's CONFIG_CHANGES) and, for
// a refactor that changes no configuration, with exactly the diagnostics the input had.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { recurrentConstructors } from "../../server/analysis/queries";
import { refactorOffers } from "../../server/analysis/refactors/registry";
import type { FileAnalysis } from "../../server/analysis/workspace";
import { rewrite } from "../../server/refactors/index";
import { applyEdits } from "../../server/refactors/transform";
import { analyzeText } from "../helpers/analyze-text";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) return n === "refactors" ? [] : sources(p);
      return /\.[cm]?[jt]sx?$/.test(n) ? [p] : [];
    });
}

function analyze(file: string, text: string): FileAnalysis {
  return analyzeText(file, text).analysis;
}

const summary = (a: FileAnalysis) => ({
  diagnostics: a.findings.map((f) => `${f.code}: ${f.message}`).sort(),
  modules: recurrentConstructors(a).map((m) => ({ start: m.at.span.start, config: m.config })),
});

describe("refactors over the repository's model code", () => {
  it("offers at any selection never throw, and each is for code that contains the selection", () => {
    const files = ["test/fixtures", "examples"].flatMap((d) => sources(join(root, d)));
    let asked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const { analysis: a, sourceFile: sf } = analyzeText(file, text);
      if (!sf) continue;
      // Cursors every few characters, and selections of growing length from them (some past the end).
      for (let start = 0; start <= text.length; start += 7) {
        for (const length of [0, 5, 40, 400]) {
          const range = { start, end: Math.min(text.length + 3, start + length) };
          asked++;
          for (const o of refactorOffers({ analysis: a, sourceFile: sf, range })) {
            assert.ok(o.target.start <= range.start && range.end <= o.target.end, `${file}: ${o.title} at ${JSON.stringify(o.target)} for ${JSON.stringify(range)}`);
          }
        }
      }
    }
    assert.ok(asked > 10_000, `${asked} selections`);
  });

  it("every offer at every recurrent constructor rewrites to code configured as promised", () => {
    const files = ["test/fixtures", "examples", "test/oracle/corpus"].flatMap((d) => sources(join(root, d)));
    const problems: string[] = [];
    const applied = new Map<string, number>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const { analysis: a, sourceFile: sf } = analyzeText(file, text);
      if (!sf || a.skipped) continue;
      const before = summary(a);
      for (const [index, m] of recurrentConstructors(a).entries()) {
        const at = m.at.span.start + 4;
        for (const offer of refactorOffers({ analysis: a, sourceFile: sf, range: { start: at, end: at } })) {
          const where = `${file.slice(root.length)} @${m.at.span.start} "${offer.title}"`;
          const edits = rewrite(file, text, offer);
          if (!edits) {
            problems.push(`${where}: no edit`);
            continue;
          }
          applied.set(offer.kind, (applied.get(offer.kind) ?? 0) + 1);
          const after = summary(analyze(file, applyEdits(text, edits)));
          const configs = after.modules.map((x) => x.config);
          if (offer.kind === "batch-first") {
            const expected = before.modules.map((x, i) => (i === index ? { ...(x.config as object), batchFirst: !x.config?.batchFirst } : x.config));
            if (JSON.stringify(configs) !== JSON.stringify(expected)) problems.push(`${where}: configurations ${JSON.stringify(configs)}`);
          } else if (JSON.stringify(configs) !== JSON.stringify(before.modules.map((x) => x.config)) || JSON.stringify(after.diagnostics) !== JSON.stringify(before.diagnostics)) {
            problems.push(`${where}: ${JSON.stringify(after.diagnostics)} ${JSON.stringify(configs)}`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(files.length > 500, `${files.length} files`);
    // Both refactors apply widely (a count of zero would prove nothing).
    assert.ok((applied.get("batch-first") ?? 0) > 500 && (applied.get("constructor-args") ?? 0) > 500, JSON.stringify([...applied]));
    console.log(`refactors over ${files.length} files: ${JSON.stringify(Object.fromEntries(applied))}`);
  });
});
