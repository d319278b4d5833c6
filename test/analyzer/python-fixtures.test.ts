// Python analyzer fixtures (test/fixtures/python): closed PyTorch programs with their expected
// diagnostics in `#` caret comments, checked by the same helper as the TypeScript fixtures
// (test/helpers/expectations.ts). Each fixture was also run in real PyTorch 1.13.1 by
// tools/python-fixture-runs.py; test/goldens/python-fixture-runs.json records what it raised (or
// that it ran clean) and which warnings it emitted. This file checks, without PyTorch:
// - the analyzer reports exactly what each fixture expects;
// - the goldens agree with the expectations, by the rule the tool applies (test/helpers/pytorch-runs.ts:
//   an error expectation sits under the line that raised and quotes part of PyTorch's message; a
//   run that raised has an error expectation on that line, so a fixture without one is proven to
//   run clean; warnings expected and emitted match line for line);
// - every catalog code has Python fixtures that trigger it and silent look-alikes, every fixture
//   parses, and `#` expectation lines are read in Python files only.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { DIAGNOSTIC_CODES } from "../../server/analysis/interpreter/findings";
import { checkFixture, FixtureSyntaxError, parseExpectations } from "../helpers/expectations";
import { disagreements, type RecordedRun, type RecordedRuns } from "../helpers/pytorch-runs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pythonRoot = join(root, "test", "fixtures", "python");
const goldenFile = join(root, "test", "goldens", "python-fixture-runs.json");

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "__pycache__") out.push(...pythonFiles(p));
    } else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

/** A fixture's name in the goldens: its path under test/fixtures/python, with `/`. */
function nameOf(file: string): string {
  return relative(pythonRoot, file).split(sep).join("/");
}

const files = pythonFiles(pythonRoot);

describe("Python analyzer fixtures", () => {
  before(async () => {
    await loadPythonParser();
  });

  for (const file of files) {
    it(nameOf(file), () => {
      const problems = checkFixture([file], pythonRoot).flatMap((r) => r.problems);
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe("Python fixtures against their runs in PyTorch 1.13.1", () => {
  const goldens = JSON.parse(readFileSync(goldenFile, "utf8")) as RecordedRuns;

  it("were recorded with PyTorch 1.13 by tools/python-fixture-runs.py", () => {
    assert.match(goldens.meta.torch, /^1\.13\./);
    assert.equal(goldens.meta.generated_by, "tools/python-fixture-runs.py");
  });

  it("every fixture has a recorded run, and every recorded run a fixture", () => {
    assert.deepEqual(Object.keys(goldens.runs).sort(), files.map(nameOf).sort());
  });

  it("every fixture's expectations agree with what PyTorch did", () => {
    const problems: string[] = [];
    for (const file of files) {
      const name = nameOf(file);
      const run = goldens.runs[name];
      if (!run) continue;
      problems.push(...disagreements(name, parseExpectations(readFileSync(file, "utf8"), name), run));
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  });

  it("the rule catches a wrong line, a wrong message, an unexpected error and a missing warning", () => {
    const x = parseExpectations(["lstm(x)", "#    ^ error input-size-mismatch: Expected 10, got 12"].join("\n"), "f.py");
    const raised = (line: number, message: string): RecordedRun => ({ result: "error", error: { type: "RuntimeError", message, line }, warnings: [] });
    assert.deepEqual(disagreements("f.py", x, raised(1, "input.size(-1) must be equal to input_size. Expected 10, got 12")), []);
    assert.equal(disagreements("f.py", x, raised(3, "input.size(-1) must be equal to input_size. Expected 10, got 12")).length, 2);
    assert.equal(disagreements("f.py", x, raised(1, "Expected 10, got 13")).length, 1);
    assert.equal(disagreements("f.py", x, { result: "clean", warnings: [] }).length, 1);
    assert.equal(disagreements("f.py", [], raised(1, "boom")).length, 1);
    const w = parseExpectations(["nn.LSTM(3, 4, dropout=0.5)", "#                     ^^^ warning dropout-single-layer: got dropout=0.5"].join("\n"), "g.py");
    const warning = { category: "UserWarning", message: "... but got dropout=0.5 and num_layers=1", line: 1 };
    assert.deepEqual(disagreements("g.py", w, { result: "clean", warnings: [warning] }), []);
    assert.equal(disagreements("g.py", w, { result: "clean", warnings: [] }).length, 1);
    assert.equal(disagreements("g.py", [], { result: "clean", warnings: [warning] }).length, 1);
  });
});

describe("Python fixture suite", () => {
  it("every catalog code has Python fixtures that trigger it and look-alikes that stay silent", () => {
    const missing: string[] = [];
    for (const code of DIAGNOSTIC_CODES) {
      const dir = join(pythonRoot, code);
      const mine = files.filter((f) => f.startsWith(dir + sep));
      const triggers = mine.filter((f) => relative(dir, f).startsWith("trigger-"));
      const silent = mine.filter((f) => relative(dir, f).startsWith("silent-"));
      if (triggers.length === 0) missing.push(`${code}: no python/${code}/trigger-*.py`);
      if (silent.length === 0) missing.push(`${code}: no python/${code}/silent-*.py`);
      for (const f of triggers) {
        if (!parseExpectations(readFileSync(f, "utf8"), f).some((x) => x.code === code)) missing.push(`${nameOf(f)}: a trigger fixture does not expect ${code}`);
      }
      for (const f of silent) {
        if (parseExpectations(readFileSync(f, "utf8"), f).length > 0) missing.push(`${nameOf(f)}: a silent fixture expects a diagnostic`);
      }
    }
    for (const f of files.filter((x) => nameOf(x).startsWith("patterns/silent-unknown-"))) {
      if (parseExpectations(readFileSync(f, "utf8"), f).length > 0) missing.push(`${nameOf(f)}: code the analysis cannot know must stay silent`);
    }
    assert.deepEqual(missing, []);
  });

  it("has at least 80 Python fixtures, several of them code the analysis cannot know", () => {
    assert.ok(files.length >= 80, `only ${files.length} Python fixtures`);
    assert.ok(files.filter((f) => nameOf(f).startsWith("patterns/silent-unknown-")).length >= 5);
  });

  it("every Python fixture parses", async () => {
    const parser = await loadPythonParser();
    const broken = files.filter((f) => parser.parse(readFileSync(f, "utf8"))?.rootNode.hasError !== false).map(nameOf);
    assert.deepEqual(broken, []);
  });
});

describe("expectation lines follow the file's comment marker", () => {
  it("reads `#` caret lines in a Python file", () => {
    const xs = parseExpectations(["out, _ = lstm(torch.randn(5, 3, 12))", "#             ^^^^^^^^^^^^^^^^^^^^^ error input-size-mismatch: Expected 10, got 12 [related 2:15]"].join("\n"), "model.py");
    assert.equal(xs.length, 1);
    assert.deepEqual(
      xs.map((x) => [x.line, x.start, x.end, x.severity, x.code, x.message, x.related]),
      [[0, 14, 35, "error", "input-size-mismatch", "Expected 10, got 12", { file: null, line: 2, column: 15 }]],
    );
  });

  it("skips `#` expectation lines over each other, to the code line above", () => {
    const xs = parseExpectations(["y = f(a, b)", "#     ^ warning batch-first-suspect", "#        ^ error hidden-size-mismatch: x"].join("\n"), "m.py");
    assert.deepEqual(
      xs.map((x) => [x.line, x.start, x.code]),
      [
        [0, 6, "batch-first-suspect"],
        [0, 9, "hidden-size-mismatch"],
      ],
    );
  });

  it("rejects a malformed `#` expectation in a Python file", () => {
    assert.throws(() => parseExpectations(["x = 1", "#   ^ error no-such-code"].join("\n"), "m.py"), FixtureSyntaxError);
  });

  it("does not read `//` lines in Python, nor `#` lines in TypeScript", () => {
    assert.deepEqual(parseExpectations(["x = 1", "//  ^ error input-rank: y"].join("\n"), "m.py"), []);
    assert.deepEqual(parseExpectations(["const x = 1;", "#     ^ error input-rank: y"].join("\n"), "m.ts"), []);
    assert.equal(parseExpectations(["const x = 1;", "//    ^ error input-rank: y"].join("\n"), "m.ts").length, 1);
  });
});
