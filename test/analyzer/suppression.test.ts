// The suppression-comment scanner on its own: the comment prefix is a parameter (`//` for
// TypeScript and JavaScript, `#` for the Python frontend to come), and bad directives never throw.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Finding } from "../../server/analysis/interpreter/findings";
import { applyDirectives, commentPrefixFor, scanDirectives } from "../../server/analysis/suppression";
import { LineMap } from "../../server/analysis/text";

function finding(text: string, needle: string, code: Finding["code"]): Finding {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { file: "/x", span: { start, end: start + needle.length }, code, severity: "error", message: needle, related: [], fixes: [] };
}

describe("suppression comments", () => {
  it("reads `#` comments with the same rules when the prefix is `#`", () => {
    const py = [
      "import torch",
      "# rnnlens-ignore-next-line input-size-mismatch",
      "a = lstm(x7)",
      "b = lstm(x8)",
      "    #rnnlens-ignore-next-line",
      "c = lstm(x9)",
      "// rnnlens-ignore-next-line",
      "d = lstm(x10)",
    ].join("\n");
    const d = scanDirectives(py, commentPrefixFor("/m/model.py"));
    const fs = [finding(py, "x7", "input-size-mismatch"), finding(py, "x8", "input-size-mismatch"), finding(py, "x9", "hidden-rank"), finding(py, "x10", "input-size-mismatch")];
    assert.deepEqual(applyDirectives(fs, new LineMap(py), d).map((f) => f.message), ["x8", "x10"], "`//` is no comment in Python");
    assert.deepEqual(d.problems, []);
    assert.equal(commentPrefixFor("/m/model.ts"), "//");
    assert.equal(commentPrefixFor("/m/model.mjs"), "//");
  });

  it("a file directive in `#` form, with codes", () => {
    const py = "x = f(a)\n# rnnlens-ignore-file hidden-rank\ny = g(b)\n";
    const fs = [finding(py, "f(a)", "hidden-rank"), finding(py, "g(b)", "reshape-invalid")];
    assert.deepEqual(applyDirectives(fs, new LineMap(py), scanDirectives(py, "#")).map((f) => f.message), ["g(b)"]);
  });

  it("an unknown code is a problem, never everything; CRLF line breaks count as one", () => {
    const ts = "// rnnlens-ignore-next-line no-such-code, input-rank\r\nf(a)\r\n// rnnlens-ignore-next-line ???\r\ng(b)\r\n";
    const d = scanDirectives(ts, "//");
    const fs = [finding(ts, "f(a)", "input-rank"), finding(ts, "f(a)", "hidden-rank"), finding(ts, "g(b)", "input-rank")];
    assert.deepEqual(applyDirectives(fs, new LineMap(ts), d).map((f) => `${f.message} ${f.code}`), ["f(a) hidden-rank", "g(b) input-rank"]);
    assert.deepEqual(d.problems, [
      { line: 0, message: "unknown diagnostic code 'no-such-code' in rnnlens-ignore-next-line; ignored" },
      { line: 2, message: "unknown diagnostic code '???' in rnnlens-ignore-next-line; ignored" },
    ]);
  });
});
