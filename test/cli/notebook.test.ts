/**
 * The `rnnlens` CLI on Jupyter notebooks, run as users run it (the BUILT dist/cli.js as a child
 * process, and the worker-thread path): `check` finds .ipynb files in folders (not Jupyter's
 * .ipynb_checkpoints copies) and by name; lines in text, JSON and SARIF count over the code cells
 * joined in document order (markdown and raw cells count none, a cell's trailing newline adds
 * none, an empty cell none); JSON and SARIF name each diagnostic's cell and its range in the cell;
 * malformed notebooks are skipped with their reason while the other files are checked; `shapes`
 * and `run` on a notebook.
 *
 * test/cli/fixtures/notebooks/lm.ipynb, cell by cell, with the lines the CLI counts (1-based):
 *   0 markdown (3 lines)                          -
 *   1 code "import torch\nimport torch.nn as nn\n" 1-2
 *   2 raw                                          -
 *   3 code, source a string, no final newline      3 lstm = nn.LSTM(10, 20, num_layers=2)  4 x = ...(5, 3, 12)
 *   4 code, empty                                  -
 *   5 code "%matplotlib inline\n\nout, ... = lstm(x)\n"   5-7 (7: input-size-mismatch at `x`)
 *   6 markdown                                     -
 *   7 code, 4 lines and a blank one ("\n\n" at its end: one newline is the cell's own)   8-12
 *     (11: hidden-size-mismatch at `h0`)
 *   8 code "print(out2.shape)\n"                   13
 * uses_encoder.ipynb: markdown, then code cells of 2, 2 and 3 lines (1-2, 3-4, 5-7).
 * The messages are PyTorch 1.13's for these calls (LSTM(10, 20, num_layers=2) on a last dim of 12;
 * h0 of one layer; GRU(8, 16, num_layers=2) on a last dim of 9).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { CLI, runCli as cli } from "../helpers/cli";

const ROOT = join(__dirname, "..", "..");

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface JsonDiagnostic {
  file: string;
  range: Range;
  severity: string;
  code: string;
  message: string;
  cell?: number;
  cellRange?: Range;
}
interface JsonCheck {
  files: number;
  diagnostics: JsonDiagnostic[];
}
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion };
  properties?: { cell: number; cellRegion: SarifRegion };
}
interface SarifLog {
  runs: {
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: SarifLocation[] }[] }[];
    results: { ruleId: string; message: { text: string }; locations: SarifLocation[]; relatedLocations?: (SarifLocation & { message: { text: string } })[] }[];
  }[];
}

function json<T>(s: string): T {
  return JSON.parse(s) as T;
}

function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The two diagnostics of lm.ipynb, as JSON gives them (0-based; `range` over the joined cells). */
const LM_DIAGNOSTICS: JsonDiagnostic[] = [
  {
    file: "lm.ipynb",
    range: range(6, 19, 6, 20),
    severity: "error",
    code: "input-size-mismatch",
    message: "input.size(-1) must be equal to input_size. Expected 10, got 12",
    cell: 5,
    cellRange: range(2, 19, 2, 20),
  },
  {
    file: "lm.ipynb",
    range: range(10, 19, 10, 21),
    severity: "error",
    code: "hidden-size-mismatch",
    message: "Expected hidden[0] size (2, 3, 20), got [1, 3, 20]",
    cell: 7,
    cellRange: range(3, 19, 3, 21),
  },
];

const MISTAKE_CELL = { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: ["import torch\n", "import torch.nn as nn\n", "nn.GRU(4, 8)(torch.randn(2, 1, 5))\n"] };

let tmp = "";
/** test/cli/fixtures/notebooks, copied, with a Jupyter checkpoint folder beside the notebooks. */
let NB = "";
/** test/cli/fixtures/notebooks-malformed, copied. */
let BAD = "";

before(() => {
  if (process.env["RNNLENS_BUILT"] !== "1") {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  }
  tmp = mkdtempSync(join(tmpdir(), "rnnlens-cli-nb-"));
  NB = join(tmp, "notebooks");
  cpSync(join(__dirname, "fixtures", "notebooks"), NB, { recursive: true });
  // Jupyter's autosaved copies: stale, never the user's notebook, so never searched.
  write(join(NB, ".ipynb_checkpoints", "lm-checkpoint.ipynb"), JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [MISTAKE_CELL] }));
  BAD = join(tmp, "malformed");
  cpSync(join(__dirname, "fixtures", "notebooks-malformed"), BAD, { recursive: true });
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("rnnlens check on notebooks: lines over the joined code cells, and the cell", { concurrency: 4 }, () => {
  test("text: joined line and column, PyTorch's message, then the cell and its line (counted from 1)", async () => {
    const r = await cli(["check", "lm.ipynb"], NB);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, "");
    assert.equal(
      r.stdout,
      [
        "lm.ipynb:7:20 - error input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 12 (cell 6, line 3)",
        "lm.ipynb:11:20 - error hidden-size-mismatch: Expected hidden[0] size (2, 3, 20), got [1, 3, 20] (cell 8, line 4)",
        "2 errors, 0 warnings in 1 file",
        "",
      ].join("\n"),
    );
  });

  test("json: range over the joined cells, cell = index among all cells, cellRange within it", async () => {
    const r = await cli(["check", "lm.ipynb", "--format", "json"], NB);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(json<JsonCheck>(r.stdout), { files: 1, diagnostics: LM_DIAGNOSTICS });
  });

  test("the joined lines are the lines of the code cells: each diagnostic's line in its cell's source", async () => {
    // Independent of the CLI's joining: the cell's own source, read from the file.
    const nb = json<{ cells: { source: string | string[] }[] }>(readFileSync(join(NB, "lm.ipynb"), "utf8"));
    const out = json<JsonCheck>((await cli(["check", "lm.ipynb", "--format", "json"], NB)).stdout);
    for (const d of out.diagnostics) {
      const source = nb.cells[d.cell as number]?.source ?? "";
      const cellLines = (Array.isArray(source) ? source.join("") : source).split("\n");
      const flagged = cellLines[d.cellRange?.start.line as number]?.slice(d.cellRange?.start.character, d.cellRange?.end.character);
      assert.equal(flagged, d.code === "input-size-mismatch" ? "x" : "h0");
    }
  });

  test("sarif: valid 2.1.0, regions over the joined cells, the cell in each location's property bag", async () => {
    const r = await cli(["check", "lm.ipynb", "--format", "sarif"], NB);
    assert.equal(r.code, 1, r.stderr);
    const log = json<SarifLog>(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    const results = log.runs[0]?.results ?? [];
    assert.deepEqual(
      results.map((x) => ({ rule: x.ruleId, region: x.locations[0]?.physicalLocation.region, properties: x.locations[0]?.properties })),
      [
        { rule: "input-size-mismatch", region: { startLine: 7, startColumn: 20, endLine: 7, endColumn: 21 }, properties: { cell: 5, cellRegion: { startLine: 3, startColumn: 20, endLine: 3, endColumn: 21 } } },
        { rule: "hidden-size-mismatch", region: { startLine: 11, startColumn: 20, endLine: 11, endColumn: 22 }, properties: { cell: 7, cellRegion: { startLine: 4, startColumn: 20, endLine: 4, endColumn: 22 } } },
      ],
    );
    // The layer count that set the expectation is in cell 3 (joined line 3): `num_layers=2`'s 2.
    const related = results[1]?.relatedLocations?.[0];
    assert.equal(related?.message.text, "num_layers is set here");
    assert.equal(related?.physicalLocation.region?.startLine, 3);
    assert.equal(related?.properties?.cell, 3);
    assert.equal(related?.properties?.cellRegion.startLine, 1);
  });

  test("folders: notebooks found beside .py files, .ipynb_checkpoints skipped; a cell imports the sibling .py", async () => {
    const r = await cli(["check", "--format", "json"], NB);
    assert.equal(r.code, 1, r.stderr);
    const out = json<JsonCheck>(r.stdout);
    assert.equal(out.files, 3, "lm.ipynb, uses_encoder.ipynb and encoders.py; nothing under .ipynb_checkpoints");
    assert.deepEqual(out.diagnostics.slice(0, 2), LM_DIAGNOSTICS);
    assert.deepEqual(out.diagnostics.slice(2), [
      {
        file: "uses_encoder.ipynb",
        range: range(3, 13, 3, 33),
        severity: "error",
        code: "input-size-mismatch",
        message: "input.size(-1) must be equal to input_size. Expected 8, got 9",
        cell: 2,
        cellRange: range(1, 13, 1, 33),
      },
    ]);
    // Named explicitly, a checkpoint is checked like any notebook.
    const named = await cli(["check", ".ipynb_checkpoints/lm-checkpoint.ipynb"], NB);
    assert.equal(named.code, 1, named.stderr);
    assert.match(named.stdout, /^\.ipynb_checkpoints\/lm-checkpoint\.ipynb:3:14 - error input-size-mismatch: .* \(cell 1, line 3\)$/m);
  });

  test("worker threads: the same output, cells included", async () => {
    const one = await cli(["check", "--format", "json", ".", "../malformed"], NB, { RNNLENS_WORKERS: "0" });
    const pool = await cli(["check", "--format", "json", ".", "../malformed"], NB, { RNNLENS_WORKERS: "2" });
    assert.equal(pool.code, one.code);
    assert.equal(pool.stdout, one.stdout);
    assert.equal(pool.stderr, one.stderr);
    assert.ok(json<JsonCheck>(pool.stdout).diagnostics.some((d) => d.cell === 7), pool.stdout);
  });
});

describe("rnnlens check on notebooks: suppression comments", () => {
  test("ignore-next-line silences the next line of its cell, not the first line of the next cell; warnings name joined lines", async () => {
    const dir = join(tmp, "suppressed");
    const cell = (source: string[]) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source });
    write(
      join(dir, "nb.ipynb"),
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: {},
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["# title\n"] },
          cell(["import torch\n", "import torch.nn as nn\n", "# rnnlens-ignore-next-line input-size\n", "gru = nn.GRU(4, 8)\n"]),
          cell(["# rnnlens-ignore-next-line input-size-mismatch\n", "gru(torch.randn(2, 1, 5))\n", "# rnnlens-ignore-next-line input-size-mismatch\n"]),
          cell(["gru(torch.randn(2, 1, 6))\n"]),
        ],
      }),
    );
    const r = await cli(["check", "nb.ipynb"], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, "nb.ipynb:8:5 - error input-size-mismatch: input.size(-1) must be equal to input_size. Expected 4, got 6 (cell 4, line 1)\n1 error, 0 warnings in 1 file\n");
    assert.match(r.stderr, /^rnnlens: warning: nb\.ipynb:3: unknown diagnostic code 'input-size'/);
  });
});

describe("rnnlens check on malformed notebooks: reported, skipped, the other files checked", { concurrency: 4 }, () => {
  const REASONS = [
    "rnnlens: skipped no-source.ipynb: malformed notebook: cell 1 has no source",
    /^rnnlens: skipped not-json\.ipynb: not a notebook: the file is not JSON \(.+\)$/,
    "rnnlens: skipped v3.ipynb: not an nbformat 4 notebook (nbformat: 3)",
  ] as const;

  function assertReasons(stderr: string): void {
    const lines = stderr.trimEnd().split("\n");
    assert.equal(lines.length, 3, stderr);
    REASONS.forEach((reason, i) => {
      if (typeof reason === "string") assert.equal(lines[i], reason);
      else assert.match(lines[i] ?? "", reason);
    });
  }

  test("text: one stderr line per notebook with its reason; fine.py's error still reported (exit 1)", async () => {
    const r = await cli(["check"], BAD);
    assert.equal(r.code, 1, r.stderr);
    assertReasons(r.stderr);
    assert.equal(r.stdout, "fine.py:4:17 - error input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 99\n1 error, 0 warnings in 1 file\n");
  });

  test("skipped notebooks do not change the exit code: alone, the run passes with 0 files", async () => {
    const r = await cli(["check", "v3.ipynb", "not-json.ipynb", "no-source.ipynb"], BAD);
    assert.equal(r.code, 0, r.stderr);
    assertReasons(r.stderr);
    assert.equal(r.stdout, "0 errors, 0 warnings in 0 files\n");
  });

  test("json: not counted; sarif: valid, a warning notification per notebook, the run still successful", async () => {
    const j = await cli(["check", "--format", "json"], BAD);
    assert.equal(json<JsonCheck>(j.stdout).files, 1);
    assertReasons(j.stderr);
    const s = await cli(["check", "--format", "sarif"], BAD);
    assert.equal(s.code, 1);
    const log = json<SarifLog>(s.stdout);
    assert.deepEqual(sarifProblems(log), []);
    const invocation = log.runs[0]?.invocations[0];
    assert.equal(invocation?.executionSuccessful, true);
    assert.deepEqual(
      invocation?.toolExecutionNotifications.map((n) => [n.level, n.locations[0]?.physicalLocation.artifactLocation.uri, n.message.text.split(":")[0]]),
      [
        ["warning", "no-source.ipynb", "skipped no-source.ipynb"],
        ["warning", "not-json.ipynb", "skipped not-json.ipynb"],
        ["warning", "v3.ipynb", "skipped v3.ipynb"],
      ],
    );
    assert.equal(log.runs[0]?.results.length, 1);
  });

  test("shapes and run on a malformed notebook: exit 2 with the reason", async () => {
    const s = await cli(["shapes", "v3.ipynb"], BAD);
    assert.equal(s.code, 2);
    assert.equal(s.stderr, "rnnlens: cannot check v3.ipynb: not an nbformat 4 notebook (nbformat: 3)\n");
    const r = await cli(["run", "no-source.ipynb", "--line", "1"], BAD);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "rnnlens: cannot check no-source.ipynb: malformed notebook: cell 1 has no source\n");
  });
});

describe("rnnlens shapes and run on a notebook", { concurrency: 4 }, () => {
  test("shapes: by joined line, each with its cell; json adds cell and cellRange", async () => {
    const r = await cli(["shapes", "lm.ipynb"], NB);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines[0], "3:1 lstm: LSTM(10, 20, num_layers=2)  (cell 4, line 1)");
    assert.equal(lines[1], "4:1 x: Tensor[seq=5, batch=3, 12]  (cell 4, line 2)");
    assert.ok(lines.includes("8:1 h0: Tensor[1, 3, 20]  (cell 8, line 1)"), r.stdout);
    assert.ok(lines.every((l) => /^\d+:\d+ .+ {2}\(cell \d+, line \d+\)$/.test(l)), r.stdout);
    const j = json<{ file: string; shapes: { range: Range; name: string; cell: number; cellRange: Range }[] }>((await cli(["shapes", "lm.ipynb", "--format", "json"], NB)).stdout);
    assert.equal(j.file, "lm.ipynb");
    const h0 = j.shapes.find((s) => s.name === "h0");
    assert.deepEqual(h0 && { range: h0.range, cell: h0.cell, cellRange: h0.cellRange }, { range: range(7, 0, 7, 2), cell: 7, cellRange: range(0, 0, 0, 2) });
  });

  test("run --line counts joined lines; the output names the cell", async () => {
    const m = await cli(["run", "lm.ipynb", "--line", "3"], NB);
    assert.equal(m.code, 0, m.stderr);
    assert.match(m.stdout, /^module at lm\.ipynb:3:1 \(cell 4, line 1\): lstm\nmodule: LSTM\(10, 20, num_layers=2\), 5920 parameters\n/);
    // Line 7 is the call PyTorch rejects (x has 12 features): the engine raises the same error.
    const e = await cli(["run", "lm.ipynb", "--line", "7"], NB);
    assert.equal(e.code, 1, e.stderr);
    assert.match(e.stdout, /^forward call at lm\.ipynb:7:15 \(cell 6, line 3\): lstm\(x\)\n/);
    assert.match(e.stdout, /\nPyTorch raised RuntimeError: input\.size\(-1\) must be equal to input_size\. Expected 10, got 12\n$/);
  });

  test("run --line without a column takes the line's outer forward call: enc(emb(...)) runs the GRU, not the embedding", async () => {
    // The encoder comes from encoders.py (a GRU(8, 16, num_layers=2)); the name `enc` alone is a module.
    const r = await cli(["run", "uses_encoder.ipynb", "--line", "7"], NB);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^forward call at uses_encoder\.ipynb:7:12 \(cell 4, line 3\): enc\(emb\(torch\.randint\(0, 10, \(4, 2\)\)\)\)\nmodule: GRU\(8, 16, num_layers=2\)/);
    assert.match(r.stdout, /\ninputs:\n {2}input {2}\[4, 2, 8\]\n/);
  });

  test("run: a line past the joined cells, and a blank one, are refused (exit 2)", async () => {
    const past = await cli(["run", "lm.ipynb", "--line", "15"], NB);
    assert.equal(past.code, 2);
    assert.equal(past.stderr, "rnnlens: line 15 is past the end of lm.ipynb (13 lines in its code cells)\n");
    // Line 12 is the blank line the cell 7 ends with (its "\n\n": one newline is the cell's own).
    const blank = await cli(["run", "lm.ipynb", "--line", "12"], NB);
    assert.equal(blank.code, 2);
    assert.equal(blank.stderr, "rnnlens: nothing runnable at lm.ipynb:12: the line is blank\n");
  });
});

/** Validation errors of a SARIF log against the official 2.1.0 schema (none: valid). */
function sarifProblems(log: unknown): string[] {
  const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
  // The schema's `language` pattern is not valid with the `u` flag, which Ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
