// Notebook analyzer fixtures (test/fixtures/notebooks): Jupyter notebooks (nbformat 4, markdown
// cells among the code) whose code cells, run in order, are closed PyTorch programs, with their
// expected diagnostics in `#` caret comments inside the cells. Lines count over the code cells
// joined in document order, as the analyzer reports them. Checked by the same helper as the
// Python fixtures (test/helpers/expectations.ts), reading the .ipynb from disk as the CLI does.
// Each notebook was also run in real PyTorch 1.13.1 by tools/notebook-fixture-runs.py (IPython
// lines through IPython's own transformer, doing nothing); test/goldens/notebook-fixture-runs.json
// records what it raised (or that it ran clean) and which warnings it emitted. This file checks,
// without PyTorch:
// - the analyzer reports exactly what each notebook expects;
// - the goldens agree with the expectations, by the rule the Python fixtures use
//   (test/helpers/pytorch-runs.ts);
// - every catalog code has notebooks that trigger it across cells (the error in a later code
//   cell than the first) and silent look-alikes; every expectation is in the cell of the code it
//   marks; every notebook has markdown cells; every analyzed cell parses, except the one cell
//   patterns/unclosed-paren.ipynb leaves unfinished (which PyTorch could not compile either).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { loadPythonParser } from "../../server/analysis/frontends/python/parser";
import { DIAGNOSTIC_CODES } from "../../server/analysis/interpreter/findings";
import { joinCells, type CellPlace, type NotebookLayout } from "../../server/analysis/notebook/cells";
import { maskIPython } from "../../server/analysis/notebook/ipython";
import { readIpynb } from "../../server/analysis/notebook/ipynb";
import { checkFixture, parseExpectations, type Expectation } from "../helpers/expectations";
import { disagreements, type RecordedRun, type RecordedRuns } from "../helpers/pytorch-runs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const notebookRoot = join(root, "test", "fixtures", "notebooks");
const goldenFile = join(root, "test", "goldens", "notebook-fixture-runs.json");

interface NotebookRun extends RecordedRun {
  readonly error?: { readonly type: string; readonly message: string; readonly line: number | null; readonly cell: number };
  readonly skipped_cells: readonly { readonly cell: number; readonly line: number; readonly error: string }[];
}

function notebookFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...notebookFiles(p));
    else if (name.endsWith(".ipynb")) out.push(p);
  }
  return out;
}

function nameOf(file: string): string {
  return relative(notebookRoot, file).split(sep).join("/");
}

function layoutOf(file: string): NotebookLayout {
  const read = readIpynb(readFileSync(file, "utf8"));
  if ("error" in read) throw new Error(`${nameOf(file)}: ${read.error}`);
  return joinCells(read.cells);
}

/** The code cell a 0-based line of the joined text is in. */
function cellOfLine(layout: NotebookLayout, line: number): CellPlace | null {
  return layout.cells.find((c) => c.lineCount > 0 && line >= c.firstLine && line < c.firstLine + c.lineCount) ?? null;
}

function expectationsOf(file: string): Expectation[] {
  return parseExpectations(layoutOf(file).text, nameOf(file));
}

const files = notebookFiles(notebookRoot);

describe("notebook analyzer fixtures", () => {
  before(async () => {
    await loadPythonParser();
  });

  for (const file of files) {
    it(nameOf(file), () => {
      const [result] = checkFixture([file], notebookRoot);
      assert.ok(result);
      assert.equal(result.file, file);
      assert.deepEqual(result.problems, [], result.problems.join("\n"));
      assert.ok(result.expectations.length > 0 || nameOf(file).split("/").pop()?.startsWith("silent-"), "a notebook that is not a silent look-alike expects something");
    });
  }
});

describe("notebook fixtures against their runs in PyTorch 1.13.1", () => {
  const goldens = JSON.parse(readFileSync(goldenFile, "utf8")) as RecordedRuns<NotebookRun>;

  it("were recorded with PyTorch 1.13 by tools/notebook-fixture-runs.py", () => {
    assert.match(goldens.meta.torch, /^1\.13\./);
    assert.equal(goldens.meta.generated_by, "tools/notebook-fixture-runs.py");
  });

  it("every notebook has a recorded run, and every recorded run a notebook", () => {
    assert.deepEqual(Object.keys(goldens.runs).sort(), files.map(nameOf).sort());
  });

  it("every notebook's expectations agree with what PyTorch did", () => {
    const problems: string[] = [];
    for (const file of files) {
      const run = goldens.runs[nameOf(file)];
      if (run) problems.push(...disagreements(nameOf(file), expectationsOf(file), run));
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  });

  it("an error is recorded in the cell its line is in", () => {
    for (const file of files) {
      const run = goldens.runs[nameOf(file)];
      if (!run?.error || run.error.line === null) continue;
      assert.equal(cellOfLine(layoutOf(file), run.error.line - 1)?.index, run.error.cell, nameOf(file));
    }
  });

  it("only the unfinished cell did not compile, and the cells after it ran", () => {
    const skipped = files.filter((f) => (goldens.runs[nameOf(f)]?.skipped_cells.length ?? 0) > 0).map(nameOf);
    assert.deepEqual(skipped, ["patterns/unclosed-paren.ipynb"]);
    const run = goldens.runs["patterns/unclosed-paren.ipynb"];
    assert.ok(run?.error && run.skipped_cells[0] && run.error.cell > run.skipped_cells[0].cell, "the error after the unfinished cell was raised");
  });
});

describe("notebook fixture suite", () => {
  it("every catalog code has notebooks that trigger it across cells and look-alikes that stay silent", () => {
    const missing: string[] = [];
    for (const code of DIAGNOSTIC_CODES) {
      const dir = join(notebookRoot, code);
      const mine = files.filter((f) => f.startsWith(dir + sep));
      const triggers = mine.filter((f) => relative(dir, f).startsWith("trigger-"));
      const silent = mine.filter((f) => relative(dir, f).startsWith("silent-"));
      if (triggers.length === 0) missing.push(`${code}: no notebooks/${code}/trigger-*.ipynb`);
      if (silent.length === 0) missing.push(`${code}: no notebooks/${code}/silent-*.ipynb`);
      for (const f of triggers) {
        const layout = layoutOf(f);
        const firstCode = layout.cells.find((c) => c.analyzed);
        const mineCode = expectationsOf(f).filter((x) => x.code === code);
        if (mineCode.length === 0) missing.push(`${nameOf(f)}: a trigger notebook does not expect ${code}`);
        for (const x of mineCode) {
          if (cellOfLine(layout, x.line)?.index === firstCode?.index) missing.push(`${nameOf(f)}:${x.at}: the ${code} is in the first code cell, not across cells`);
        }
      }
      for (const f of silent) if (expectationsOf(f).length > 0) missing.push(`${nameOf(f)}: a silent notebook expects a diagnostic`);
    }
    assert.deepEqual(missing, []);
  });

  it("every expectation is in the cell of the code line it marks", () => {
    const crossing: string[] = [];
    for (const f of files) {
      const layout = layoutOf(f);
      for (const x of expectationsOf(f)) if (cellOfLine(layout, x.line) !== cellOfLine(layout, x.at - 1)) crossing.push(`${nameOf(f)}:${x.at}`);
    }
    assert.deepEqual(crossing, []);
  });

  it("are nbformat 4 notebooks with markdown cells among several code cells", () => {
    const poor: string[] = [];
    for (const f of files) {
      const json = JSON.parse(readFileSync(f, "utf8")) as { nbformat: number; cells: { cell_type: string }[] };
      const kinds = json.cells.map((c) => c.cell_type);
      if (json.nbformat !== 4 || !kinds.includes("markdown") || kinds.filter((k) => k === "code").length < 2) poor.push(nameOf(f));
    }
    assert.deepEqual(poor, []);
  });

  it("cover IPython lines, a skipped %%bash cell, a redefinition and a sibling module", () => {
    const all = files.map((f) => layoutOf(f).text).join("\n");
    for (const needle of ["\n%matplotlib", "\n%%time\n", "\n!echo", "= !ls", "LSTM?\n", "\n%%bash\n", "\n%%writefile", "    %time", "import seq_model"]) {
      assert.ok(all.includes(needle), `no notebook has ${JSON.stringify(needle)}`);
    }
    assert.ok(files.length >= 30, `only ${files.length} notebooks`);
  });

  it("every analyzed cell parses, but the unfinished one", async () => {
    const parser = await loadPythonParser();
    const broken: string[] = [];
    for (const f of files) {
      const layout = layoutOf(f);
      for (const c of layout.cells.filter((p) => p.analyzed)) {
        const tree = parser.parse(maskIPython(layout.text.slice(c.start, c.start + c.length)).text);
        if (tree?.rootNode.hasError !== false) broken.push(`${nameOf(f)} cell ${c.index}`);
        tree?.delete();
      }
    }
    assert.deepEqual(broken, ["patterns/unclosed-paren.ipynb cell 2"]);
  });
});
