// The client's pure modules: the crash/restart policy, the status-bar text, the Run Cell
// command's arguments and number formatting. (Sample dims: test/analyzer/sample-dims.test.ts.)
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { positionArg, runCellArgs, uriArg } from "../../client/args";
import { CrashPolicy } from "../../client/restart-policy";
import { COMMANDS } from "../../client/constants";
import { fileNameOf, RESTART_COMMAND, SHOW_OUTPUT_COMMAND, SHOW_PROBLEMS_COMMAND, statusView } from "../../client/status";
import { escapeHtml, formatMs, formatValue } from "../../client/webview/html";

describe("crash policy", () => {
  function clock() {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  }

  it("restarts, telling the user only about the first crash in a window", () => {
    const c = clock();
    const p = new CrashPolicy({ maxCrashes: 4, windowMs: 180_000 }, c.now);
    const d1 = p.onCrash();
    assert.deepEqual(d1, { action: "restart", notify: true, crashesInWindow: 1 });
    c.advance(1000);
    assert.deepEqual(p.onCrash(), { action: "restart", notify: false, crashesInWindow: 2 });
    c.advance(1000);
    assert.deepEqual(p.onCrash(), { action: "restart", notify: false, crashesInWindow: 3 });
  });

  it("stops after too many crashes in the window, and stays stopped until reset", () => {
    const c = clock();
    const p = new CrashPolicy({ maxCrashes: 4, windowMs: 180_000 }, c.now);
    for (let i = 0; i < 4; i++) {
      assert.equal(p.onCrash().action, "restart");
      c.advance(10_000);
    }
    assert.deepEqual(p.onCrash(), { action: "stop", crashesInWindow: 5 });
    assert.equal(p.gaveUp, true);
    c.advance(10 * 60_000);
    assert.equal(p.onCrash().action, "stop", "no restart loop after giving up");
    p.reset();
    assert.equal(p.gaveUp, false);
    assert.deepEqual(p.onCrash(), { action: "restart", notify: true, crashesInWindow: 1 });
  });

  it("forgets crashes older than the window, and tells again at most once per window", () => {
    const c = clock();
    const p = new CrashPolicy({ maxCrashes: 2, windowMs: 60_000 }, c.now);
    assert.equal(p.onCrash().action, "restart"); // t = 0, told
    c.advance(30_000);
    assert.deepEqual(p.onCrash(), { action: "restart", notify: false, crashesInWindow: 2 });
    c.advance(20_000); // t = 50 s: three crashes inside 60 s
    assert.deepEqual(p.onCrash(), { action: "stop", crashesInWindow: 3 });
    p.reset();
    assert.deepEqual(p.onCrash(), { action: "restart", notify: true, crashesInWindow: 1 }); // t = 50 s
    c.advance(40_000);
    assert.deepEqual(p.onCrash(), { action: "restart", notify: false, crashesInWindow: 2 }); // t = 90 s
    c.advance(40_000); // t = 130 s: the crash at 50 s has left the window
    assert.deepEqual(p.onCrash(), { action: "restart", notify: true, crashesInWindow: 2 }, "a minute after the last notice, tell again");
  });
});

describe("status bar", () => {
  it("shows the error count when ready", () => {
    const v = statusView({ state: "ready", errors: 2, warnings: 0, incomplete: [] });
    assert.equal(v.text, "$(pulse) RNN Lens: 2 errors");
    assert.equal(v.command, SHOW_PROBLEMS_COMMAND);
    assert.equal(v.command, "workbench.actions.view.problems");
    assert.equal(v.error, false);
    assert.equal(statusView({ state: "ready", errors: 1, warnings: 0, incomplete: [] }).text, "$(pulse) RNN Lens: 1 error");
    assert.equal(statusView({ state: "ready", errors: 0, warnings: 0, incomplete: [] }).text, "$(pulse) RNN Lens: 0 errors");
    assert.equal(statusView({ state: "ready", errors: 0, warnings: 3, incomplete: [] }).text, "$(pulse) RNN Lens: 0 errors, 3 warnings");
    assert.match(v.tooltip, /2 shape errors and 0 warnings/);
  });

  // "starting" and "stopped" are the client's own states; "disabled" is what the server sends
  // with rnnlens.enable off. (No test for a state the server never sends.)
  it("shows starting, disabled and stopped", () => {
    assert.equal(statusView({ state: "starting", errors: 0, warnings: 0, incomplete: [] }).text, "$(sync~spin) RNN Lens: starting");
    assert.equal(statusView({ state: "disabled", errors: 0, warnings: 0, incomplete: [] }).text, "$(circle-slash) RNN Lens: disabled");
    const stopped = statusView({ state: "stopped", errors: 4, warnings: 0, incomplete: [] });
    assert.equal(stopped.text, "$(error) RNN Lens: stopped");
    assert.equal(stopped.command, RESTART_COMMAND);
    assert.equal(stopped.error, true);
  });

  it("never passes an incomplete analysis for a clean one: a warning naming the files and why", () => {
    const budget = "the analysis stopped at its work budget (400000 steps); problems past that point are not reported";
    const v = statusView({ state: "ready", errors: 1, warnings: 0, incomplete: [{ uri: "file:///w/big%20model.ts", reason: budget }] });
    assert.equal(v.text, "$(warning) RNN Lens: 1 error, 1 file not fully checked");
    assert.equal(v.warning, true);
    assert.equal(v.error, false);
    assert.equal(v.command, SHOW_OUTPUT_COMMAND);
    assert.equal(SHOW_OUTPUT_COMMAND, COMMANDS.showOutput, "a click shows the output, where the server logged why");
    assert.match(v.tooltip, /some problems may be missing/);
    assert.ok(v.tooltip.includes(`• big model.ts: ${budget}`), v.tooltip);
    // Many files: five are named, the rest counted.
    const many = Array.from({ length: 7 }, (_, i) => ({ uri: `file:///w/f${i}.ts`, reason: "internal error: boom" }));
    const m = statusView({ state: "ready", errors: 0, warnings: 2, incomplete: many });
    assert.equal(m.text, "$(warning) RNN Lens: 0 errors, 2 warnings, 7 files not fully checked");
    assert.ok(m.tooltip.includes("• f4.ts: internal error: boom"));
    assert.ok(!m.tooltip.includes("• f5.ts"));
    assert.ok(m.tooltip.includes("• and 2 more files"));
    // Disabled or stopped wins: those states say what matters more.
    assert.equal(statusView({ state: "disabled", errors: 0, warnings: 0, incomplete: many }).text, "$(circle-slash) RNN Lens: disabled");
    assert.equal(statusView({ state: "stopped", errors: 0, warnings: 0, incomplete: many }).text, "$(error) RNN Lens: stopped");
    // Complete again: the plain view.
    assert.equal(statusView({ state: "ready", errors: 0, warnings: 0, incomplete: [] }).warning, false);
  });

  it("names files by their decoded last path segment", () => {
    assert.equal(fileNameOf("file:///a/b/my%20model.ts"), "my model.ts");
    assert.equal(fileNameOf("untitled:Untitled-1"), "untitled:Untitled-1");
    assert.equal(fileNameOf("file:///a/b.ts?x=1#frag"), "b.ts");
    assert.equal(fileNameOf("file:///a/%E0%A4%A.ts"), "%E0%A4%A.ts");
  });
});

describe("Run Cell arguments", () => {
  it("takes the code lens's (uri string, LSP position)", () => {
    assert.deepEqual(runCellArgs(["file:///a/b.ts", { line: 4, character: 12 }]), { uri: "file:///a/b.ts", position: { line: 4, character: 12 } });
  });

  it("takes a Uri-like object from the context menu, and nothing from the palette", () => {
    const uri = { scheme: "file", path: "/a/b.ts", toString: () => "file:///a/b.ts" };
    assert.deepEqual(runCellArgs([uri]), { uri: "file:///a/b.ts", position: undefined });
    assert.deepEqual(runCellArgs([]), { uri: undefined, position: undefined });
  });

  it("rejects malformed arguments", () => {
    assert.equal(positionArg({ line: -1, character: 0 }), undefined);
    assert.equal(positionArg({ line: 1.5, character: 0 }), undefined);
    assert.equal(positionArg("1:2"), undefined);
    assert.equal(uriArg(""), undefined);
    assert.equal(uriArg(42), undefined);
    assert.equal(uriArg({ path: "/x" }), undefined);
  });
});

describe("formatting", () => {
  it("formats values and times", () => {
    assert.equal(formatValue(0.123456), "0.1235");
    assert.equal(formatValue(-1), "-1.0000");
    assert.equal(formatValue(0), "0.0000");
    assert.equal(formatValue(1.5e-7), "1.500e-7");
    assert.equal(formatValue(Number.NaN), "NaN");
    assert.equal(formatValue(Number.NEGATIVE_INFINITY), "-inf");
    assert.equal(formatMs(0.4123), "0.412 ms");
    assert.equal(formatMs(12.345), "12.35 ms");
    assert.equal(formatMs(1500), "1.50 s");
  });

  it("escapes HTML", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
