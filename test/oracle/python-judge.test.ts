// The Python oracle's judge (test/helpers/python-oracle.ts) on small programs whose runs were
// recorded with tools/run-python-programs.py and PyTorch 1.13.1, given findings written by hand:
// it must accept the findings that agree with the run and name every one that does not.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { judgePythonRun, type JudgedFinding, type PythonOracleCase } from "../helpers/python-oracle";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PYTHON_CORPUS_DIR, readOutcomes, type RecordedRun } from "./python/corpus";

const RAISES_IN_HELPER = `import torch
import torch.nn as nn

def run(layer, x):
    out, h = layer(x)
    return out

gru = nn.GRU(4, 5, dropout=0.5)
y = run(gru, torch.randn(3, 2, 4))
z = run(gru, torch.randn(3, 2, 6))
if z.dim() == 3:
    bad = nn.GRU(2, 3)(torch.randn(1, 1, 9))
`;
const INPUT_SIZE = "input.size(-1) must be equal to input_size. Expected 4, got 6";
const DROPOUT = "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1";
const RAISES_IN_HELPER_RUN: RecordedRun = {
  outcome: "error",
  error: { type: "RuntimeError", message: INPUT_SIZE, lines: [5, 10] },
  warnings: [{ category: "UserWarning", message: DROPOUT, lines: [8] }],
  ran: [1, 2, 4, 5, 6, 8, 9, 10],
};

const CLEAN_WITH_DEAD_BRANCH = `import torch
import torch.nn as nn

gru = nn.GRU(4, 5)
if gru.hidden_size == 6:
    y = gru(torch.randn(1, 1, 9))
out, h = gru(torch.randn(2, 3, 4))
`;
const CLEAN_RUN: RecordedRun = { outcome: "clean", error: null, warnings: [], ran: [1, 2, 4, 5, 7] };

const MULTI_LINE = `import torch
x = torch.randn(2, 3)
y = x.view(
    7)
`;
const MULTI_LINE_RUN: RecordedRun = { outcome: "error", error: { type: "RuntimeError", message: "shape '[7]' is invalid for input of size 6", lines: [3] }, warnings: [], ran: [1, 2, 3, 4] };

/** A finding on the `nth` occurrence (0-based) of `text` in the program. */
function finding(program: string, text: string, f: Omit<JudgedFinding, "span">, nth = 0): JudgedFinding {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = program.indexOf(text, at + 1);
    assert.ok(at >= 0, `no occurrence ${nth} of ${text}`);
  }
  return { ...f, span: { start: at, end: at + text.length } };
}

const inputError = (nth: number, where = "layer(x)", program = RAISES_IN_HELPER): JudgedFinding =>
  finding(program, where, { code: "input-size-mismatch", severity: "error", message: `${INPUT_SIZE} (the layer was built with input_size=4)` }, nth);
const dropoutWarning = finding(RAISES_IN_HELPER, "nn.GRU(4, 5, dropout=0.5)", { code: "dropout-single-layer", severity: "warning", message: DROPOUT });

function judge(text: string, run: RecordedRun, findings: readonly JudgedFinding[], closed = true): string[] {
  const c: PythonOracleCase = { name: "test.py", text, closed, run };
  return judgePythonRun(c, findings);
}

describe("python oracle judge", () => {
  before(async () => {
    await loadPythonParser();
  });

  it("accepts the first error where PyTorch raised, or at the call into the helper that raised, with an explanation after PyTorch's message", () => {
    assert.deepEqual(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [inputError(0), dropoutWarning]), []);
    assert.deepEqual(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [inputError(0, "run(gru, torch.randn(3, 2, 6))"), dropoutWarning]), []);
  });

  it("names a missed error, a wrong message, a wrong severity and an error on the wrong line", () => {
    assert.match(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [dropoutWarning]).join("\n"), /^missed: PyTorch raised RuntimeError at line 5 via 10: input\.size\(-1\).*said nothing there$/);
    const wrongMessage = { ...inputError(0), message: "input.size(-1) must be equal to input_size. Expected 4, got 5" };
    assert.match(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [wrongMessage, dropoutWarning]).join("\n"), /^missed: .*the analyzer said: 5 error input-size-mismatch/);
    const asWarning: JudgedFinding = { ...inputError(0), severity: "warning" };
    assert.match(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [asWarning, dropoutWarning]).join("\n"), /^missed: /);
    // Line 9 is the first call, which ran cleanly at the top level.
    const onCleanCall = inputError(0, "run(gru, torch.randn(3, 2, 4))");
    assert.deepEqual(
      judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [onCleanCall, dropoutWarning]).map((d) => d.split(":")[0]),
      ["missed", "false alarm on a statement that ran cleanly"],
    );
  });

  it("allows findings the run cannot refute: in a helper that may run again, after the raise", () => {
    const inHelper = finding(RAISES_IN_HELPER, "return out", { code: "shape-op-invalid", severity: "error", message: "something later" });
    const afterRaise = finding(RAISES_IN_HELPER, "nn.GRU(2, 3)(torch.randn(1, 1, 9))", { code: "input-size-mismatch", severity: "error", message: "input.size(-1) must be equal to input_size. Expected 2, got 9" });
    assert.deepEqual(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [inputError(0), dropoutWarning, inHelper, afterRaise]), []);
  });

  it("requires the dropout warning exactly where PyTorch warned", () => {
    assert.deepEqual(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [inputError(0)]), [`missed warning at line 8: ${DROPOUT}`]);
    const elsewhere = { ...dropoutWarning, span: inputError(0, "run(gru, torch.randn(3, 2, 4))").span };
    assert.deepEqual(judge(RAISES_IN_HELPER, RAISES_IN_HELPER_RUN, [inputError(0), elsewhere]).map((d) => d.split(":")[0]), ["false warning on a statement that ran without one", "missed warning at line 8"]);
  });

  it("gives a closed program that runs cleanly no finding at all, dead code included; an open one may flag code that did not run", () => {
    assert.deepEqual(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, []), []);
    const dead = finding(CLEAN_WITH_DEAD_BRANCH, "gru(torch.randn(1, 1, 9))", { code: "input-size-mismatch", severity: "error", message: "input.size(-1) must be equal to input_size. Expected 4, got 9" });
    assert.match(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, [dead]).join("\n"), /^false alarm in a closed program that runs cleanly: 6 error input-size-mismatch/);
    assert.deepEqual(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, [dead], false), []);
    const ran = finding(CLEAN_WITH_DEAD_BRANCH, "gru(torch.randn(2, 3, 4))", { code: "hidden-size-mismatch", severity: "information", message: "a note" });
    assert.match(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, [ran], false).join("\n"), /^false alarm on a statement that ran cleanly: 7 information/);
    const condition = finding(CLEAN_WITH_DEAD_BRANCH, "gru.hidden_size == 6", { code: "shape-op-invalid", severity: "error", message: "no" });
    assert.match(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, [condition], false).join("\n"), /^false alarm on a statement that ran cleanly: 5 /);
    const advice = { ...ran, code: "batch-first-suspect" as const, severity: "warning" as const };
    assert.deepEqual(judge(CLEAN_WITH_DEAD_BRANCH, CLEAN_RUN, [advice]), []);
  });

  it("takes a finding anywhere in the statement PyTorch raised from, over several lines", () => {
    const onSize = finding(MULTI_LINE, "7", { code: "reshape-invalid", severity: "error", message: "shape '[7]' is invalid for input of size 6" });
    assert.deepEqual(judge(MULTI_LINE, MULTI_LINE_RUN, [onSize]), []);
    const onWholeStatement = finding(MULTI_LINE, "y = x.view(\n    7)", { code: "reshape-invalid", severity: "error", message: "shape '[7]' is invalid for input of size 6" });
    assert.deepEqual(judge(MULTI_LINE, MULTI_LINE_RUN, [onWholeStatement]), []);
    const onLineBefore = finding(MULTI_LINE, "torch.randn(2, 3)", { code: "reshape-invalid", severity: "error", message: "shape '[7]' is invalid for input of size 6" });
    assert.match(judge(MULTI_LINE, MULTI_LINE_RUN, [onLineBefore]).join("\n"), /^missed: [^\n]*\nfalse alarm on a statement that ran cleanly: 2 /);
  });

  it("on the recorded corpus, agrees with an analyzer that says exactly what PyTorch did, and not with a silent one", () => {
    const programs = Object.entries(readOutcomes().programs);
    const wrong: string[] = [];
    const silentDisagrees: string[] = [];
    for (const [name, run] of programs) {
      const text = readFileSync(join(PYTHON_CORPUS_DIR, name), "utf8");
      const lines = text.split("\n");
      // A finding over the code of a (1-based) line.
      const onLine = (line: number, f: Omit<JudgedFinding, "span">): JudgedFinding => {
        const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
        const code = lines[line - 1] ?? "";
        return { ...f, span: { start: start + code.length - code.trimStart().length, end: start + code.length } };
      };
      const exact: JudgedFinding[] = run.warnings
        .filter((w) => w.message.startsWith("dropout option"))
        .map((w) => onLine(w.lines[0] as number, { code: "dropout-single-layer", severity: "warning", message: w.message }));
      if (run.error) exact.push(onLine(run.error.lines[0] as number, { code: "input-size-mismatch", severity: "error", message: run.error.message }));
      const c: PythonOracleCase = { name, text, closed: run.closed, run };
      const d = judgePythonRun(c, exact);
      if (d.length > 0) wrong.push(`${name}: ${d.join("; ")}`);
      if (judgePythonRun(c, []).length > 0) silentDisagrees.push(name);
    }
    assert.deepEqual(wrong, []);
    const raisingOrWarning = programs.filter(([, r]) => r.error !== null || r.warnings.some((w) => w.message.startsWith("dropout option"))).map(([n]) => n);
    assert.deepEqual(silentDisagrees, raisingOrWarning);
  });
});
