// The Python oracle's generator: its extended scenes (for bench:oracle:python -- --extended) are
// picked only when asked for, so the recorded corpus (seeds 1..300, default options) keeps the
// programs it was recorded from; the extended programs parse as Python.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { loadPythonParser, pythonParser } from "../../server/analysis/frontends/python/parser";
import { generateProgram } from "./python/generator";

const EXTENDED = ["ops-into-layer", "state-into-layer", "text-model", "factories-and-heads", "op-chains"];
const SEEDS = Array.from({ length: 200 }, (_, i) => 7_000_000 + i);

describe("python oracle generator", () => {
  before(async () => {
    await loadPythonParser();
  });

  it("picks the extended scenes only with extended: true", () => {
    const plain = SEEDS.flatMap((s) => generateProgram(s).scenes);
    assert.deepEqual(plain.filter((sc) => EXTENDED.includes(sc)), [], "the default generator never picks an extended scene");
    const extended = new Set(SEEDS.flatMap((s) => generateProgram(s, { extended: true }).scenes));
    for (const sc of EXTENDED) assert.ok(extended.has(sc), `${sc} is picked in 200 extended programs`);
    assert.deepEqual(generateProgram(17, { extended: false }), generateProgram(17), "extended: false is the default");
  });

  it("writes extended programs that parse as Python", () => {
    const parser = pythonParser();
    assert.ok(parser);
    const broken = SEEDS.filter((s) => {
      const tree = parser.parse(generateProgram(s, { extended: true }).text);
      const bad = !tree || tree.rootNode.hasError;
      tree?.delete();
      return bad;
    });
    assert.deepEqual(broken, []);
  });
});
