// The workspace's cache across files: an analysis is reused until its text or an import changes,
// including an import that did not resolve before and now does.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Workspace } from "../../server/analysis/workspace";

const MODEL = `import { torch, nn } from "rnnlens";\nimport { INPUT } from "./config";\nconst l = new nn.LSTM(10, 20);\nl.forward(torch.randn(5, 3, INPUT));\n`;

describe("workspace", () => {
  it("an import that appears later makes the importer stale, and names it as a dependent", () => {
    const w = new Workspace();
    w.setText("/v/model.ts", MODEL);
    assert.equal(w.analyze("/v/model.ts").findings.length, 0, "INPUT is unknown while ./config does not exist");
    w.setText("/v/config.ts", "export const INPUT = 7;\n");
    assert.deepEqual(w.dependents("/v/config.ts"), ["/v/model.ts"]);
    assert.equal(w.analyze("/v/model.ts").findings[0]?.message, "input.size(-1) must be equal to input_size. Expected 10, got 7");
  });
  it("an edit of an imported constant re-checks the importer; an unrelated file does not", () => {
    const w = new Workspace();
    w.setText("/v/config.ts", "export const INPUT = 10;\n");
    w.setText("/v/model.ts", MODEL);
    w.setText("/v/other.ts", "export const X = 1;\n");
    const first = w.analyze("/v/model.ts");
    assert.equal(first.findings.length, 0);
    w.setText("/v/other.ts", "export const X = 2;\n");
    assert.equal(w.analyze("/v/model.ts"), first, "unchanged: the cached analysis is returned");
    w.setText("/v/config.ts", "export const INPUT = 12;\n");
    assert.equal(w.analyze("/v/model.ts").findings.length, 1);
  });
  it("closing a document forgets its text", () => {
    const w = new Workspace();
    w.setText("/v/config.ts", "export const INPUT = 7;\n");
    w.setText("/v/model.ts", MODEL);
    assert.equal(w.analyze("/v/model.ts").findings.length, 1);
    w.close("/v/config.ts");
    assert.equal(w.analyze("/v/model.ts").findings.length, 0, "./config no longer exists (not on disk)");
  });
});
