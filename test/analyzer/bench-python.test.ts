// The Python benchmark file (bench/generate-python.ts) measures what it says: it is the same on
// every call, it has the deliberate mistakes and no other finding, typing at an edit site changes
// the diagnostics exactly when the site says so, and every hover position is on a tensor.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { generatePythonModelFile } from "../../bench/generate-python";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { shapeEntries } from "../../server/analysis/queries";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";

const FILE = "/bench-python/models.py";
// Blocks 0..5: block 3 has h0 with one layer too many, block 5 a cell stepped on wider inputs.
const g = generatePythonModelFile(300);

function findings(a: FileAnalysis): string[] {
  return a.findings.map((f) => `${a.lines.position(f.span.start).line + 1} ${f.code}`);
}

describe("the generated Python benchmark file", () => {
  before(async () => {
    await loadPythonParser();
  });

  it("is deterministic", () => {
    assert.equal(generatePythonModelFile(300).text, g.text);
    assert.ok(g.lines >= 300 && g.text.includes("class Classifier5(nn.Module):"));
  });

  it("has exactly its deliberate mistakes", () => {
    const w = new Workspace();
    w.setText(FILE, g.text);
    const a = w.analyze(FILE);
    assert.equal(a.skipped, null);
    assert.deepEqual(
      a.findings.map((f) => f.code).sort(),
      ["cell-input-mismatch", "hidden-size-mismatch"],
      findings(a).join("\n"),
    );
  });

  it("changes the diagnostics at an edit site exactly when the site says so", () => {
    const w = new Workspace();
    w.setText(FILE, g.text);
    const original = findings(w.analyze(FILE));
    assert.ok(g.sites.some((s) => s.changesDiagnostics) && g.sites.some((s) => !s.changesDiagnostics));
    for (const site of g.sites) {
      w.setText(FILE, g.text.slice(0, site.offset) + "1" + g.text.slice(site.offset));
      const typed = findings(w.analyze(FILE));
      assert.equal(typed.join("\n") !== original.join("\n"), site.changesDiagnostics, site.description);
      w.setText(FILE, g.text);
      assert.deepEqual(findings(w.analyze(FILE)), original, `deleting the digit again at ${site.description}`);
    }
  });

  it("puts every hover position on a tensor with a shape", () => {
    const w = new Workspace();
    w.setText(FILE, g.text);
    const tensors = shapeEntries(w.analyze(FILE)).filter((e) => e.kind === "tensor");
    assert.ok(g.hoverOffsets.length >= 6 * 9);
    for (const offset of g.hoverOffsets) {
      const line = g.text.slice(g.text.lastIndexOf("\n", offset) + 1, g.text.indexOf("\n", offset));
      assert.ok(tensors.some((e) => e.span.start <= offset && offset < e.span.end), `no tensor at ${offset}: ${line}`);
    }
  });
});
