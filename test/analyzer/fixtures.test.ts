// Analyzer fixtures: every file under test/fixtures carries its expected diagnostics as caret
// comments (see test/helpers/expectations.ts); a folder under test/fixtures/cross-file is one
// multi-file fixture analyzed with one Workspace. Besides the fixtures themselves, this checks
// that every catalog code has fixtures that trigger it and look-alikes that stay silent, that
// each fixture is valid syntax, and that every error a fixture expects with PyTorch's text is
// proven: the text is what real PyTorch 1.13.1 raised (test/goldens/fixture-errors.json, made by
// tools/fixture-errors.py, test/goldens/errors-public.json, or the ops that raised in
// test/goldens/ops-public.json).
//
// Proof header: a fixture may name the golden cases it relies on, and bind the symbols its
// messages print to the sizes the golden case used:
//   // pytorch: fixture-errors#lstm-h0-layers, errors-public#err-public-029-rnn-h0-layers
//   // pytorch: fixture-errors#gru-h0-batch-sym with batch=3
// Without a header, the text must appear in some golden case of either file.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../server/analysis/interpreter/findings";
import { checkFixture, parseExpectations, type Expectation } from "../helpers/expectations";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtureRoot = join(root, "test", "fixtures");
const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"]);

interface Fixture {
  readonly name: string;
  readonly files: readonly string[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (SOURCE_EXTENSIONS.has(extname(name))) out.push(p);
  }
  return out;
}

/** The project fixtures (test/fixtures/projects), checked by test/analyzer/projects.test.ts. */
const projectsRoot = join(fixtureRoot, "projects");

/** Single files, and one fixture per folder of test/fixtures/cross-file. */
function collectFixtures(): Fixture[] {
  const crossRoot = join(fixtureRoot, "cross-file");
  const fixtures: Fixture[] = [];
  for (const f of sourceFiles(fixtureRoot)) {
    if (f.startsWith(crossRoot + sep) || f.startsWith(projectsRoot + sep)) continue;
    fixtures.push({ name: relative(fixtureRoot, f), files: [f] });
  }
  for (const name of readdirSync(crossRoot).sort()) {
    const dir = join(crossRoot, name);
    if (statSync(dir).isDirectory()) fixtures.push({ name: relative(fixtureRoot, dir) + "/", files: sourceFiles(dir) });
  }
  return fixtures;
}

function scriptKind(file: string): ts.ScriptKind {
  const e = extname(file);
  return e === ".tsx" ? ts.ScriptKind.TSX : e === ".jsx" ? ts.ScriptKind.JSX : e === ".js" ? ts.ScriptKind.JS : ts.ScriptKind.TS;
}

function syntaxErrors(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const diags = (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diags.map((d) => `${relative(fixtureRoot, file)}:${sf.getLineAndCharacterOfPosition(d.start).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

const fixtures = collectFixtures();
// The suite's checks (syntax, proofs) cover the project fixtures' files too.
const allFiles = [...fixtures.flatMap((f) => f.files), ...sourceFiles(projectsRoot)];

describe("analyzer fixtures", () => {
  for (const fx of fixtures) {
    it(fx.name, () => {
      const results = checkFixture(fx.files, fixtureRoot);
      const problems = results.flatMap((r) => r.problems);
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  }
});

// ---------------------------------------------------------------------------------------------

interface GoldenCase {
  readonly id: string;
  readonly message?: string;
  /** fixture-errors.json: the engine's own message where PyTorch's is an accident of Python. */
  readonly engine_message?: string;
  readonly warnings?: readonly string[];
}

function loadCases(file: string): Map<string, GoldenCase> {
  const json = JSON.parse(readFileSync(join(root, "test", "goldens", file), "utf8")) as { cases: GoldenCase[]; exotic_errors?: GoldenCase[]; valid_surprising?: GoldenCase[] };
  const out = new Map<string, GoldenCase>();
  for (const c of [...json.cases, ...(json.exotic_errors ?? []), ...(json.valid_surprising ?? [])]) out.set(c.id, c);
  return out;
}

/** ops-public.json: tensor ops PyTorch ran; the ones that raised carry its message. */
function loadOpCases(): Map<string, GoldenCase> {
  const json = JSON.parse(readFileSync(join(root, "test", "goldens", "ops-public.json"), "utf8")) as { ops: { id: string; error?: { message: string } }[] };
  return new Map(json.ops.filter((c) => c.error).map((c) => [c.id, { id: c.id, message: c.error?.message }]));
}

const GOLDENS: Record<string, Map<string, GoldenCase>> = {
  "fixture-errors": loadCases("fixture-errors.json"),
  "errors-public": loadCases("errors-public.json"),
  "ops-public": loadOpCases(),
};

/** Every text a golden case proves: PyTorch's message, its warnings, the engine's clear message. */
function textsOf(c: GoldenCase): string[] {
  return [c.message, c.engine_message, ...(c.warnings ?? [])].filter((t): t is string => typeof t === "string");
}

interface ProofHeader {
  readonly refs: readonly { source: string; id: string }[];
  readonly bindings: ReadonlyMap<string, string>;
}

const HEADER = /^\s*\/\/ pytorch: (.+)$/;

function proofHeader(text: string, file: string): ProofHeader {
  const refs: { source: string; id: string }[] = [];
  const bindings = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = HEADER.exec(line);
    if (!m) continue;
    const [refPart, withPart] = (m[1] as string).split(/ with /);
    for (const r of (refPart as string).split(",").map((s) => s.trim()).filter(Boolean)) {
      const [source, id] = r.split("#");
      assert.ok(source && id && GOLDENS[source], `${file}: bad golden reference '${r}'`);
      assert.ok(GOLDENS[source]?.has(id), `${file}: no golden case ${source}#${id}`);
      refs.push({ source, id });
    }
    for (const b of (withPart ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
      const eq = b.lastIndexOf("=");
      assert.ok(eq > 0, `${file}: bad binding '${b}'`);
      bindings.set(b.slice(0, eq).trim(), b.slice(eq + 1).trim());
    }
  }
  return { refs, bindings };
}

/**
 * The message with every bound symbol replaced by its value (longest names first), and the
 * sizes the analyzer prints as polynomials (`embed + hidden`, `2*hidden`) then worked out.
 */
function substitute(message: string, bindings: ReadonlyMap<string, string>): string {
  if (bindings.size === 0) return message;
  let out = message;
  for (const name of [...bindings.keys()].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w(])`, "g"), bindings.get(name) as string);
  }
  const rewrite = (re: RegExp, f: (a: number, b: number, op: string) => number) => {
    for (let prev = ""; prev !== out; ) {
      prev = out;
      out = out.replace(re, (_, a: string, op: string, b: string) => String(f(Number(a), Number(b), op)));
    }
  };
  rewrite(/(?<![\w.])(\d+)(\*)(\d+)(?![\w.])/, (a, b) => a * b);
  rewrite(/(?<![\w.*])(\d+) ([+-]) (\d+)(?![\w.*])/, (a, b, op) => (op === "+" ? a + b : a - b));
  return out;
}

/** Codes whose messages are PyTorch's text (batch-first-suspect is RNN Lens's own advice). */
const PYTORCH_CODES: ReadonlySet<DiagnosticCode> = new Set(DIAGNOSTIC_CODES.filter((c) => c !== "batch-first-suspect"));

describe("fixture suite", () => {
  it("has at least 80 fixture files", () => {
    assert.ok(allFiles.length >= 80, `only ${allFiles.length} fixture files`);
  });

  it("every fixture is valid TypeScript/JavaScript syntax", () => {
    const errors = allFiles.flatMap((f) => syntaxErrors(f, readFileSync(f, "utf8")));
    assert.deepEqual(errors, []);
  });

  it("every catalog code has fixtures that trigger it and look-alikes that stay silent", () => {
    const missing: string[] = [];
    for (const code of DIAGNOSTIC_CODES) {
      const triggers = allFiles.filter((f) => parseExpectations(readFileSync(f, "utf8"), f).some((x) => x.code === code));
      const dir = join(fixtureRoot, code);
      const silent = allFiles.filter((f) => f.startsWith(dir + sep) && relative(dir, f).startsWith("silent-"));
      if (triggers.length === 0) missing.push(`${code}: no fixture triggers it`);
      if (silent.length === 0) missing.push(`${code}: no silent look-alike in test/fixtures/${code}/silent-*`);
      for (const f of silent) {
        const xs = parseExpectations(readFileSync(f, "utf8"), f);
        if (xs.some((x) => x.code === code)) missing.push(`${relative(fixtureRoot, f)}: a silent fixture expects ${code}`);
      }
      for (const f of allFiles.filter((x) => x.startsWith(dir + sep) && relative(dir, x).startsWith("trigger-"))) {
        if (!parseExpectations(readFileSync(f, "utf8"), f).some((x) => x.code === code)) missing.push(`${relative(fixtureRoot, f)}: a trigger fixture does not expect ${code}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it("every error a fixture expects with PyTorch's text is what PyTorch 1.13.1 raised", () => {
    const problems: string[] = [];
    for (const f of allFiles) {
      const text = readFileSync(f, "utf8");
      const name = relative(fixtureRoot, f);
      const header = proofHeader(text, name);
      const pool = header.refs.length > 0 ? header.refs.map((r) => GOLDENS[r.source]?.get(r.id) as GoldenCase) : Object.values(GOLDENS).flatMap((m) => [...m.values()]);
      const texts = pool.flatMap(textsOf);
      const expectations: Expectation[] = parseExpectations(text, name).filter((x) => PYTORCH_CODES.has(x.code));
      for (const x of expectations) {
        if (x.message === null) {
          if (x.severity === "error") problems.push(`${name}:${x.at}: an error expectation must give PyTorch's message`);
          continue;
        }
        const concrete = substitute(x.message, header.bindings);
        if (!texts.some((t) => t.includes(concrete))) {
          problems.push(`${name}:${x.at}: ${JSON.stringify(concrete)} is not in ${header.refs.length > 0 ? header.refs.map((r) => `${r.source}#${r.id}`).join(", ") : "any golden case"}`);
        }
      }
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  });
});
