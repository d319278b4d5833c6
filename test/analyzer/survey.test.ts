// The real-code survey (tools/survey-python.ts, docs/real-code.md) on a folder of small Python
// files written for this test: which files it reads, what it counts, and that a file the core
// does not analyze is counted and named rather than stopping the survey.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { formatSurvey, pythonFiles, surveyFolder, type FileSurvey, type Survey } from "../../tools/survey-python";

/** Two LSTMs with literal sizes, the second fed the first's output and a hidden state it accepts. */
const TWO_LSTMS = `import torch
import torch.nn as nn

encoder = nn.LSTM(10, 20)
decoder = nn.LSTM(20, 30, num_layers=2)

x = torch.randn(5, 3, 10)
out, (h, c) = encoder(x)
h0 = torch.zeros(2, 3, 30)
c0 = torch.zeros(2, 3, 30)
y, (hn, cn) = decoder(out, (h0, c0))
`;

/** A GRU given a last dim other than its input_size: PyTorch raises at line 5. */
const WRONG_INPUT = `import torch
from torch import nn

gru = nn.GRU(4, 8)
out, h = gru(torch.randn(2, 3, 5))
`;

/** A packed batch through a GRU: the output is a PackedSequence whose padded layout is known. */
const PACKED = `import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

gru = nn.GRU(3, 6)
x = torch.randn(7, 4, 3)
packed = pack_padded_sequence(x, torch.tensor([7, 5, 3, 2]))
out, h = gru(packed)
`;

/** A local class named LSTM is not torch's: nothing to count, nothing to report. */
const LOOK_ALIKE = `class LSTM:
    def __init__(self, a, b):
        self.a = a

    def __call__(self, x):
        return x


# Comments do not count as constructors: nn.LSTM(10, 20)
lstm = LSTM(10, 20)
y = lstm([1, 2, 3])  # unlike nn.LSTM(10, 20)
`;

function byName(s: Survey, name: string): FileSurvey {
  const f = s.files.find((x) => x.file === name);
  assert.ok(f, `${name} is surveyed (got ${s.files.map((x) => x.file).join(", ")})`);
  return f;
}

describe("survey:python", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "rnnlens-survey-"));
    writeFileSync(join(dir, "two_lstms.py"), TWO_LSTMS);
    mkdirSync(join(dir, "pkg"));
    writeFileSync(join(dir, "pkg", "wrong_input.py"), WRONG_INPUT);
    writeFileSync(join(dir, "look_alike.py"), LOOK_ALIKE);
    writeFileSync(join(dir, "packed.py"), PACKED);
    // Not sources of the project under survey: caches, virtualenvs, other languages.
    for (const skipped of ["__pycache__", "venv", ".venv", join("lib", "site-packages")]) {
      mkdirSync(join(dir, skipped), { recursive: true });
      writeFileSync(join(dir, skipped, "cached.py"), TWO_LSTMS);
    }
    writeFileSync(join(dir, "notes.txt"), TWO_LSTMS);
    // A link back up the tree (as some checkouts have) is walked once.
    symlinkSync(dir, join(dir, "pkg", "loop"), "dir");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("reads every .py file under the folder once, sorted, and none in caches or virtualenvs", () => {
    assert.deepEqual(
      pythonFiles(dir).map((f) => f.slice(dir.length + 1)),
      ["look_alike.py", "packed.py", "pkg/wrong_input.py", "two_lstms.py"],
    );
  });

  it("counts the constructors written as nn.X(...) in each file's text", async () => {
    const s = await surveyFolder(dir);
    assert.deepEqual(
      s.files.map((f) => [f.file, f.writtenConstructors]),
      [
        ["look_alike.py", 0],
        ["packed.py", 1],
        ["pkg/wrong_input.py", 1],
        ["two_lstms.py", 2],
      ],
    );
    assert.equal(s.totals.writtenConstructors, 4);
  });

  // Needs the Python frontend (server/analysis/frontends/python): until it lowers .py files,
  // the analysis of a .py file holds no facts and this test fails with 0 calls.
  it("counts recurrent constructors, forward calls with their output shapes, and findings", async () => {
    const s = await surveyFolder(dir);
    const two = byName(s, "two_lstms.py");
    assert.equal(two.failure, null);
    assert.equal(two.constructors, 2);
    assert.equal(two.configuredConstructors, 2);
    assert.deepEqual(
      two.calls.map((c) => [c.line, c.callee, c.kind, c.output, c.outputShape]),
      [
        [8, "encoder", "LSTM", "concrete", "[5, 3, 20]"],
        [11, "decoder", "LSTM", "concrete", "[5, 3, 30]"],
      ],
    );
    assert.deepEqual(two.findings, []);

    const wrong = byName(s, "pkg/wrong_input.py");
    assert.equal(wrong.constructors, 1);
    assert.equal(wrong.calls.length, 1);
    assert.deepEqual(wrong.findings, [{ line: 5, code: "input-size-mismatch", message: "input.size(-1) must be equal to input_size. Expected 4, got 5" }]);

    const look = byName(s, "look_alike.py");
    assert.deepEqual([look.constructors, look.calls.length, look.findings.length], [0, 0, 0]);

    const packed = byName(s, "packed.py");
    assert.deepEqual(
      packed.calls.map((c) => [c.line, c.output, c.outputShape]),
      [[8, "concrete", "packed [7, 4, 6]"]],
    );

    assert.deepEqual(
      { calls: s.totals.calls, concrete: s.totals.concrete, constructors: s.totals.constructors, findings: s.totals.findings },
      { calls: 4, concrete: 3, constructors: 4, findings: 1 },
    );
    const report = formatSurvey(s);
    assert.match(report, /^ {2}pkg\/wrong_input\.py:5 input-size-mismatch input\.size\(-1\) must be equal to input_size\. Expected 4, got 5$/m);
  });

  it("counts and names a file the core does not analyze, and surveys the others", async () => {
    const big = mkdtempSync(join(tmpdir(), "rnnlens-survey-big-"));
    try {
      writeFileSync(join(big, "ok.py"), LOOK_ALIKE);
      // Past the core's default size limit (2,000,000 characters): skipped, with the reason.
      writeFileSync(join(big, "huge.py"), "x = 1\n".repeat(400_000));
      const s = await surveyFolder(big);
      assert.equal(s.totals.files, 2);
      assert.equal(s.totals.failedFiles, 1);
      const huge = byName(s, "huge.py");
      assert.match(huge.failure ?? "", /larger than rnnlens\.maxFileSize/);
      assert.equal(byName(s, "ok.py").failure, null);
      assert.match(formatSurvey(s), /^not analyzed:\n {2}huge\.py: the file is larger than/m);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
