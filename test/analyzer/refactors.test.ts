// Refactor fixtures: each test/fixtures/refactors/<kind>/<case>.ts marks a cursor or selection
// and names the action it applies (`// refactor: <title>`) or says none of its kind may be
// offered there (`// refactor: none`). An applied case's result is the snapshot beside it
// (`<case>.expected`; UPDATE_SNAPSHOTS=1 rewrites them). Every result must also type-check
// against the engine's types (strict, as the input does) and analyze with no diagnostic the input
// did not have, and its modules must be configured as before but for what the refactor changes
// (CONFIG_CHANGES). Offers come from the analysis (server/analysis/refactors/), the rewriting from
// server/refactors/ run from sources (the LSP test runs the built chunk).
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { recurrentConstructors } from "../../server/analysis/queries";
import { REFACTOR_KINDS, refactorOffers, type RefactorKind } from "../../server/analysis/refactors/registry";
import type { Span } from "../../server/analysis/ir";
import { rewrite } from "../../server/refactors/index";
import { applyEdits } from "../../server/refactors/transform";
import { analyzeText } from "../helpers/analyze-text";
import { parseRefactorCase } from "../helpers/refactor-fixtures";
import { typeErrorsByFile } from "../helpers/type-errors";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtureRoot = join(root, "test", "fixtures", "refactors");
const update = process.env["UPDATE_SNAPSHOTS"] === "1";
const SOURCE = /\.[cm]?[jt]sx?$/;

interface Outcome {
  readonly file: string;
  readonly input: string;
  readonly output: string;
}

/** The analysis's diagnostics as comparable text, without positions (an edit moves them), and its recurrent modules in order. */
function analyzed(file: string, text: string): { diagnostics: string[]; configs: unknown[]; starts: number[] } {
  const a = analyzeText(file, text).analysis;
  assert.equal(a.skipped, null, `${file}: ${a.skipped}`);
  const modules = recurrentConstructors(a);
  return { diagnostics: a.findings.map((f) => `${f.code}: ${f.message}`).sort(), configs: modules.map((m) => m.config), starts: modules.map((m) => m.at.span.start) };
}

/**
 * What each refactor does to the configurations of the file's recurrent modules, given those
 * before and the index of the one it targets: the analysis of the result must find exactly these.
 */
const CONFIG_CHANGES: Partial<Record<RefactorKind, (before: readonly unknown[], target: number) => unknown[]>> = {
  "constructor-args": (before) => [...before],
  "batch-first": (before, target) => before.map((c, i) => (i === target ? { ...(c as object), batchFirst: !(c as { batchFirst: boolean }).batchFirst } : c)),
};

function targetIndex(starts: readonly number[], target: Span): number {
  const i = starts.indexOf(target.start);
  assert.ok(i >= 0, "the analysis knows the module the refactor targets");
  return i;
}

const outcomes: Outcome[] = [];

describe("refactor fixtures", () => {
  it("every refactor kind has a fixture folder, and every folder is a kind", () => {
    const folders = readdirSync(fixtureRoot).filter((n) => statSync(join(fixtureRoot, n)).isDirectory()).sort();
    assert.deepEqual(folders, [...REFACTOR_KINDS].sort());
  });

  for (const kind of REFACTOR_KINDS) {
    const dir = join(fixtureRoot, kind);
    const cases = existsSync(dir) ? readdirSync(dir).filter((n) => SOURCE.test(n)).sort() : [];
    describe(kind, () => {
      it("has cases that apply and cases that offer nothing", () => {
        const parsed = cases.map((n) => parseRefactorCase(readFileSync(join(dir, n), "utf8"), n));
        assert.ok(parsed.some((c) => c.apply !== null) && parsed.some((c) => c.apply === null), `${kind}: needs both kinds of case`);
      });
      for (const name of cases) {
        it(name, () => {
          const path = join(dir, name);
          const c = parseRefactorCase(readFileSync(path, "utf8"), name);
          const { analysis, sourceFile } = analyzeText(path, c.text);
          assert.ok(sourceFile, "the workspace keeps the syntax tree");
          const offers = refactorOffers({ analysis, sourceFile, range: c.selection }).filter((o) => o.kind === kind);
          const snapshot = path.slice(0, -extname(path).length) + ".expected";
          if (c.apply === null) {
            assert.deepEqual(offers.map((o) => o.title), [], "nothing may be offered here");
            assert.ok(!existsSync(snapshot), `${snapshot} belongs to no applied case`);
            return;
          }
          const offer = offers.find((o) => o.title === c.apply);
          assert.ok(offer, `"${c.apply}" is offered (offered: ${JSON.stringify(offers.map((o) => o.title))})`);
          const edits = rewrite(path, c.text, offer);
          assert.ok(edits, "the rewrite makes edits");
          const output = applyEdits(c.text, edits);
          if (update || !existsSync(snapshot)) {
            writeFileSync(snapshot, output);
            if (!update) assert.fail(`new snapshot written: ${snapshot} (review it, then re-run)`);
          }
          assert.equal(output, readFileSync(snapshot, "utf8"));
          const before = analyzed(path, c.text);
          const after = analyzed(path, output);
          assert.deepEqual(after.diagnostics.filter((d) => !before.diagnostics.includes(d)), [], "the result has no diagnostic the input did not have");
          const change = CONFIG_CHANGES[kind];
          if (change) assert.deepEqual(after.configs, change(before.configs, targetIndex(before.starts, offer.target)), "the modules are configured as the refactor says");
          outcomes.push({ file: path, input: c.text, output });
        });
      }
    });
  }

  it("an offer that does not fit the code (another text, a forged span) gets no edit", () => {
    const text = 'import { nn } from "rnnlens";\nexport const lstm = new nn.LSTM(10, 20);\n';
    const call = { start: text.indexOf("new nn."), end: text.indexOf(";\n", text.indexOf("new nn.")) };
    const offer = { kind: "batch-first", title: "Set batchFirst: true", target: call, data: { value: true, key: "batchFirst", edit: { at: "argument" } } } as const;
    assert.ok(rewrite("/x.ts", text, offer), "the offer as made");
    assert.equal(rewrite("/x.ts", text, { ...offer, target: { start: call.start + 1, end: call.end } }), null);
    assert.equal(rewrite("/x.ts", text.replace("new nn.LSTM", "nn.LSTM.make"), offer), null);
    assert.equal(rewrite("/x.ts", text, { ...offer, data: { ...offer.data, edit: { at: "object", span: call } } }), null);
  });

  it("every result type-checks against the engine's types (strict), as its input does", () => {
    assert.ok(outcomes.length > 0, "the cases above ran");
    const inputs = outcomes.map((o) => ({ path: o.file.replace(SOURCE, (e) => `.input${e}`), text: o.input }));
    const outputs = outcomes.map((o) => ({ path: o.file.replace(SOURCE, (e) => `.output${e}`), text: o.output }));
    const errors = [...typeErrorsByFile([...inputs, ...outputs])].flatMap(([file, messages]) => messages.map((m) => `${file}: ${m}`));
    assert.deepEqual(errors, []);
  });
});
