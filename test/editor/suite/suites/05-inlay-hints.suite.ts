import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import { activate, inlayLabel, open, rangeOf, shapeHints, waitFor } from "../helpers";

suite("inlay hints", () => {
  suiteSetup(activate);

  test("the shape after each tensor-valued declaration", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    const hints = await waitFor("shape inlay hints", async () => {
      const h = await shapeHints(doc);
      return h.length > 0 ? h : undefined;
    });
    const at = (context: string): string | undefined => {
      const p = rangeOf(doc, context).end;
      return hints.filter((h) => h.position.isEqual(p)).map(inlayLabel)[0];
    };
    assert.equal(at("const input"), ": [5, 3, 10]");
    assert.equal(at("const h0"), ": [1, 3, 20]");
    assert.equal(at("const c0"), ": [2, 3, 20]");
  });
});
