// The Python differential oracle (test/helpers/python-oracle.ts): real PyTorch judges the analyzer.
// The corpus (test/oracle/python-corpus/) holds generated programs and what PyTorch 1.13.1 did
// when each ran (recorded by `npm run oracle:record:python`; the tests never need PyTorch). Each
// program is analyzed on its own and must show 0 disagreements with its run; the figures are
// printed. Fresh generated programs cannot be judged here: only PyTorch can run them.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { Workspace } from "../../server/analysis/workspace";
import { describeFinding, describeRun, judgePythonRun } from "../helpers/python-oracle";
import { corpusFileName, formatHeader, OUTCOMES_FILE, PYTHON_CORPUS_DIR, readOutcomes } from "./python/corpus";
import { generateProgram } from "./python/generator";

const root = join(PYTHON_CORPUS_DIR, "..", "..", "..");
const outcomes = readOutcomes();
const corpusFiles = readdirSync(PYTHON_CORPUS_DIR)
  .filter((f) => f.endsWith(".py"))
  .sort();

describe("python differential oracle", () => {
  before(async () => {
    await loadPythonParser();
  });

  it("the corpus is what the generator makes, each program with its recorded run", () => {
    assert.deepEqual(corpusFiles, Object.keys(outcomes.programs).sort(), `${OUTCOMES_FILE} and the .py files name the same programs`);
    const stale: string[] = [];
    for (const name of corpusFiles) {
      const recorded = outcomes.programs[name];
      assert.ok(recorded, name);
      assert.equal(name, corpusFileName(recorded.seed));
      const p = generateProgram(recorded.seed);
      const expected = `${formatHeader(recorded.seed, p.closed, recorded)}\n${p.text}`;
      if (readFileSync(join(PYTHON_CORPUS_DIR, name), "utf8") !== expected || recorded.closed !== p.closed) stale.push(name);
    }
    assert.deepEqual(stale, [], "the generator changed since the corpus was recorded: run npm run oracle:record:python");
    const runs = Object.values(outcomes.programs);
    const raising = runs.filter((r) => r.error !== null).length;
    assert.ok(runs.length >= 300 && raising >= 100 && runs.length - raising >= 100, `${runs.length} programs, ${raising} raise`);
    assert.ok(runs.filter((r) => r.warnings.some((w) => w.message.startsWith("dropout option"))).length >= 5, "some programs warn about dropout");
  });

  it("agrees with PyTorch on every recorded program", () => {
    const report: string[] = [];
    let disagreeing = 0;
    for (const name of corpusFiles) {
      const path = join(PYTHON_CORPUS_DIR, name);
      const text = readFileSync(path, "utf8");
      const recorded = outcomes.programs[name];
      assert.ok(recorded, name);
      const ws = new Workspace({});
      ws.setText(path, text);
      const analysis = ws.analyze(path);
      const disagreements = analysis.skipped ? [`not analyzed: ${analysis.skipped}`] : judgePythonRun({ name, text, closed: recorded.closed, run: recorded }, analysis.findings);
      if (disagreements.length === 0) continue;
      disagreeing++;
      const found = analysis.findings.map((f) => describeFinding(text, f));
      report.push(
        `${relative(root, path)} (${recorded.closed ? "closed" : "open"}): PyTorch ${describeRun(recorded)}\n    the analyzer: ${found.length > 0 ? found.join(" | ") : "no findings"}\n    ${disagreements.join("\n    ")}`,
      );
    }
    const runs = Object.values(outcomes.programs);
    const raising = runs.filter((r) => r.error !== null).length;
    console.log(`python oracle, recorded corpus: ${runs.length} programs: ${runs.length - raising} run cleanly, ${raising} raise; ${disagreeing} disagree`);
    assert.deepEqual(report, []);
  });
});
