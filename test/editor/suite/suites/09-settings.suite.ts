import * as assert from "node:assert/strict";
import { suite, suiteSetup, test } from "mocha";
import { activate, codeOf, open, setSetting, shapeHints, waitFor, waitForDiagnostics, waitForNoDiagnostics } from "../helpers";

suite("settings", () => {
  suiteSetup(activate);

  test("rnnlens.enable=false clears the diagnostics; true brings them back", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    await waitForDiagnostics(doc.uri);
    const restore = await setSetting("enable", false);
    try {
      await waitForNoDiagnostics(doc.uri, "no diagnostics with rnnlens.enable=false");
    } finally {
      await restore();
    }
    const [d] = await waitForDiagnostics(doc.uri, "the diagnostics back after rnnlens.enable is restored");
    assert.equal(d && codeOf(d), "hidden-size-mismatch");
  });

  test("rnnlens.inlayHints.enabled=false: no shape hints; restored: hints again", async () => {
    const { document: doc } = await open("src/tutorial-mistakes.ts");
    await waitFor("shape hints", async () => ((await shapeHints(doc)).length > 0 ? true : undefined));
    const restore = await setSetting("inlayHints.enabled", false);
    try {
      await waitFor("no shape hints with rnnlens.inlayHints.enabled=false", async () => ((await shapeHints(doc)).length === 0 ? true : undefined));
    } finally {
      await restore();
    }
    await waitFor("shape hints back", async () => ((await shapeHints(doc)).length > 0 ? true : undefined));
  });
});
