// The differential oracle (test/helpers/oracle.ts): execution judges the analyzer. Three sets of
// programs: every analyzer fixture that can run, the recorded corpus of generated programs (with
// the outcome the engine had when it was recorded), and a seeded run of fresh generated programs
// (RNNLENS_ORACLE_SEED and RNNLENS_ORACLE_COUNT choose them). Each must show 0 disagreements; the
// figures are printed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { judge, type OracleProgram, type Verdict } from "../helpers/oracle";
import { parseHeader } from "./corpus";
import { generateProgram } from "./generator";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtureRoot = join(root, "test", "fixtures");
const corpusRoot = join(root, "test", "oracle", "corpus");
const SOURCES = new Set([".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"]);

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : SOURCES.has(extname(n)) ? [p] : [];
    });
}

function read(path: string): { path: string; text: string } {
  return { path, text: readFileSync(path, "utf8") };
}

/** Judges programs; the figures and every disagreement, by program. */
function run(programs: readonly OracleProgram[]): { verdicts: Verdict[]; summary: string } {
  const verdicts = programs.flatMap((p) => judge(p));
  const count = (k: string) => verdicts.filter((v) => v.outcome === k).length;
  const disagreeing = verdicts.filter((v) => v.disagreements.length > 0).length;
  const summary = `${verdicts.length} programs: ${count("clean")} run cleanly, ${count("error")} raise an error, ${count("not-executable")} cannot run as written; ${disagreeing} disagreements`;
  return { verdicts, summary };
}

function problems(verdicts: readonly Verdict[]): string[] {
  return verdicts.flatMap((v) => v.disagreements.map((d) => `${relative(root, v.entry)}: ${d}`));
}

describe("differential oracle", () => {
  it("agrees with the engine on every analyzer fixture that runs", () => {
    const crossRoot = join(fixtureRoot, "cross-file");
    const projectsRoot = join(fixtureRoot, "projects");
    const programs: OracleProgram[] = files(fixtureRoot)
      .filter((f) => !f.startsWith(crossRoot) && !f.startsWith(projectsRoot))
      .map((f) => {
        const text = readFileSync(f, "utf8");
        const settings = /\/\/ settings: (\{.*\})/.exec(text);
        const engineModules = settings ? ((JSON.parse(settings[1] as string) as { engineModules?: string[] }).engineModules ?? []) : [];
        return { name: relative(fixtureRoot, f), files: [{ path: f, text }], closed: false, engineModules };
      });
    for (const d of readdirSync(crossRoot).sort()) programs.push({ name: `cross-file/${d}`, files: files(join(crossRoot, d)).map(read), closed: false });
    // A project's files (not its installed packages' declarations), run with its imports resolved as the analysis resolves them.
    for (const d of readdirSync(projectsRoot).filter((n) => statSync(join(projectsRoot, n)).isDirectory()).sort()) {
      const own = files(join(projectsRoot, d)).filter((f) => !f.includes("/node_modules/"));
      programs.push({ name: `projects/${d}`, files: own.map(read), closed: false, projectResolution: true });
    }
    const { verdicts, summary } = run(programs);
    console.log(`oracle, fixtures: ${summary}`);
    assert.deepEqual(problems(verdicts), []);
    // The fixtures are code that runs: most of them must be judged, not skipped.
    assert.ok(verdicts.filter((v) => v.outcome === "clean" || v.outcome === "error").length >= 100, summary);
    assert.ok(verdicts.some((v) => v.outcome === "error") && verdicts.some((v) => v.outcome === "clean"), summary);
  });

  it("agrees with the engine on the recorded corpus, whose outcomes have not changed", () => {
    const programs: OracleProgram[] = [];
    const recorded = new Map<string, string | null>();
    for (const f of files(corpusRoot)) {
      const { text } = read(f);
      const header = parseHeader(text);
      assert.ok(header, `${relative(root, f)}: no oracle header`);
      recorded.set(f, header.raised);
      programs.push({ name: relative(root, f), files: [{ path: f, text }], closed: header.closed });
    }
    const { verdicts, summary } = run(programs);
    console.log(`oracle, recorded corpus: ${summary}`);
    assert.deepEqual(problems(verdicts), []);
    assert.deepEqual(verdicts.filter((v) => v.raised !== recorded.get(v.entry)).map((v) => `${relative(root, v.entry)}: recorded ${recorded.get(v.entry)}, now ${v.raised}`), []);
    assert.ok(programs.length >= 300 && verdicts.filter((v) => v.outcome === "error").length >= 100, summary);
  });

  it("agrees with the engine on freshly generated programs", () => {
    const seed = Number(process.env["RNNLENS_ORACLE_SEED"] ?? "100000");
    const count = Number(process.env["RNNLENS_ORACLE_COUNT"] ?? "300");
    const programs: OracleProgram[] = [];
    for (let s = seed; s < seed + count; s++) {
      const p = generateProgram(s);
      programs.push({ name: `seed ${s}`, files: [{ path: join(root, "generated", `seed-${s}.ts`), text: p.text }], closed: p.closed });
    }
    const { verdicts, summary } = run(programs);
    console.log(`oracle, generated (seeds ${seed}..${seed + count - 1}): ${summary}`);
    const bad = verdicts.filter((v) => v.disagreements.length > 0).map((v) => `${v.program}:\n${programs.find((p) => p.name === v.program)?.files[0]?.text}\n  ${v.disagreements.join("\n  ")}`);
    assert.deepEqual(bad, []);
    assert.equal(verdicts.filter((v) => v.outcome === "not-executable" || v.outcome === "crash").length, 0, "the generator makes only programs that run");
  });
});
