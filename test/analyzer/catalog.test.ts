// The diagnostics catalog (server/analysis/catalog.ts) is the one source of codes, severities and
// docs anchors: every engine check maps to a code explicitly (an unknown id is an internal error,
// never a guessed code), docs/diagnostics.md has exactly one section per code under the anchor
// the editor and the CLI link to, its table gives the catalog's severity, and the fixtures (which
// the analyzer must match) expect each code at the catalog's severity.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { shapes } from "../../engine";
import { CATALOG, CODE_FOR_CHECK, DIAGNOSTIC_CODES, diagnosticDocsUrl, docsAnchor, UnknownCheckError } from "../../server/analysis/catalog";
import { codeForCheck } from "../../server/analysis/interpreter/findings";
import { parseExpectations } from "../helpers/expectations";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const diagnosticsDoc = readFileSync(join(root, "docs", "diagnostics.md"), "utf8");

/** GitHub's anchor for a Markdown heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

describe("engine checks to diagnostic codes", () => {
  it("every CheckId of the engine maps to a catalog code", () => {
    assert.ok(shapes.CHECK_IDS.length > 40, `only ${shapes.CHECK_IDS.length} check ids`);
    for (const id of shapes.CHECK_IDS) {
      const code = codeForCheck(id);
      assert.ok(DIAGNOSTIC_CODES.includes(code), `${id} -> ${code}`);
    }
    // The mapping lists nothing the engine does not have.
    assert.deepEqual(Object.keys(CODE_FOR_CHECK).sort(), [...shapes.CHECK_IDS].sort());
  });

  it("a few checks land where users look for them", () => {
    assert.equal(codeForCheck("input_feature_size"), "input-size-mismatch");
    assert.equal(codeForCheck("h0_shape_layers"), "hidden-size-mismatch");
    assert.equal(codeForCheck("c0_shape_batch"), "cell-size-mismatch");
    assert.equal(codeForCheck("cell_input_rank"), "input-rank");
    assert.equal(codeForCheck("kernel_argument_types"), "invalid-argument");
    assert.equal(codeForCheck("view_not_contiguous"), "reshape-invalid");
    assert.equal(codeForCheck("dropout_single_layer"), "dropout-single-layer");
  });

  it("an unknown check id is an internal error naming the id, not a guessed code", () => {
    assert.throws(
      () => codeForCheck("transpose_sideways"),
      (e: unknown) => e instanceof UnknownCheckError && e.check === "transpose_sideways" && e.message.includes("'transpose_sideways'"),
    );
    // Not fooled by the object's own properties.
    assert.throws(() => codeForCheck("toString"), UnknownCheckError);
    assert.throws(() => codeForCheck("__proto__"), UnknownCheckError);
  });
});

describe("docs/diagnostics.md follows the catalog", () => {
  // Sections named like a code (other sections, such as suppression, are prose about them all).
  const headings = [...diagnosticsDoc.matchAll(/^## (.+)$/gm)].map((m) => (m[1] as string).trim()).filter((h) => /^[a-z]+(-[a-z]+)+$/.test(h));

  it("one section per code, under the anchor the links use", () => {
    assert.deepEqual(headings, [...DIAGNOSTIC_CODES]);
    for (const code of DIAGNOSTIC_CODES) {
      assert.equal(githubAnchor(code), docsAnchor(code), code);
      assert.ok(diagnosticDocsUrl(code).endsWith(`docs/diagnostics.md#${docsAnchor(code)}`), diagnosticDocsUrl(code));
    }
  });

  it("the summary table lists each code, linked to its section, with the catalog's severity", () => {
    const rows = [...diagnosticsDoc.matchAll(/^\| \[`([a-z-]+)`\]\(#([a-z-]+)\) \| ([a-z]+) \|/gm)].map((m) => ({ code: m[1], anchor: m[2], severity: m[3] }));
    assert.deepEqual(
      rows,
      DIAGNOSTIC_CODES.map((code) => ({ code, anchor: docsAnchor(code), severity: CATALOG[code].severity })),
    );
  });
});

describe("the analyzer reports each code at the catalog's severity", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) return sourceFiles(p);
        return [".ts", ".js", ".tsx", ".jsx"].includes(extname(name)) ? [p] : [];
      });
  }

  it("every fixture expectation (which the analyzer must match) uses the catalog's severity", () => {
    const seen = new Set<string>();
    for (const f of sourceFiles(join(root, "test", "fixtures"))) {
      for (const x of parseExpectations(readFileSync(f, "utf8"), f)) {
        assert.equal(x.severity, CATALOG[x.code].severity, `${f}:${x.at} ${x.code}`);
        seen.add(x.code);
      }
    }
    assert.deepEqual([...seen].sort(), [...DIAGNOSTIC_CODES].sort());
  });
});
