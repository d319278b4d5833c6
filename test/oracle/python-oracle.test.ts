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

/**
 * Errors the analysis does not catch yet, named one by one: each is a miss (the analyzer says
 * nothing), never a false alarm, and a program that starts to agree must leave this list.
 */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  "0088.py": "a list grown by append() in a loop is not followed, so torch.stack of it is not checked",
  "0201.py": "a list grown by append() in a loop is not followed, so torch.stack of it is not checked",
  "0111.py": "unsorted lengths: PyTorch reorders h0 by index and raises its own INDICES error; the analysis does not check h0's batch then",
};

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
    let missed = 0;
    for (const name of corpusFiles) {
      const path = join(PYTHON_CORPUS_DIR, name);
      const text = readFileSync(path, "utf8");
      const recorded = outcomes.programs[name];
      assert.ok(recorded, name);
      const ws = new Workspace({});
      ws.setText(path, text);
      const analysis = ws.analyze(path);
      const disagreements = analysis.skipped ? [`not analyzed: ${analysis.skipped}`] : judgePythonRun({ name, text, closed: recorded.closed, run: recorded }, analysis.findings);
      const known = KNOWN_MISSES[name];
      if (known !== undefined) {
        if (disagreements.length === 0) report.push(`${name} now agrees: remove it from KNOWN_MISSES`);
        else if (disagreements.every((d) => d.startsWith("missed:")) && analysis.findings.every((f) => f.severity !== "error")) missed++;
        else report.push(`${name} (a known miss) now disagrees otherwise: ${disagreements.join("; ")}`);
        continue;
      }
      if (disagreements.length === 0) continue;
      disagreeing++;
      const found = analysis.findings.map((f) => describeFinding(text, f));
      report.push(
        `${relative(root, path)} (${recorded.closed ? "closed" : "open"}): PyTorch ${describeRun(recorded)}\n    the analyzer: ${found.length > 0 ? found.join(" | ") : "no findings"}\n    ${disagreements.join("\n    ")}`,
      );
    }
    const runs = Object.values(outcomes.programs);
    const raising = runs.filter((r) => r.error !== null).length;
    console.log(`python oracle, recorded corpus: ${runs.length} programs: ${runs.length - raising} run cleanly, ${raising} raise; ${disagreeing} disagree; ${missed} known misses`);
    assert.deepEqual(report, []);
  });
});
