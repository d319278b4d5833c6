// docs/architecture.md is the repository's own design page, and code cites its sections: every
// `docs/architecture.md#<section>` in the repository names a heading that exists, and the page's
// tables stay what the code is (the diagnostics catalog, the build's entry points).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { CATALOG, DIAGNOSTIC_CODES } from "../../server/analysis/catalog";

const root = join(__dirname, "..", "..");
const page = readFileSync(join(root, "docs", "architecture.md"), "utf8");

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return files(p);
      return /\.(ts|tsx|js|mjs|cjs|py|md|json)$/.test(name) ? [p] : [];
    });
}

/** The rows of the first Markdown table after `heading`, as cells. */
function tableAfter(heading: string): string[][] {
  const start = page.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const rows: string[][] = [];
  for (const line of page.slice(start).split("\n").slice(2)) {
    if (line.startsWith("## ")) break;
    if (!line.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    if (/^\|[-| ]+\|$/.test(line)) continue;
    rows.push(line.split("|").slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(1); // without the header row
}

describe("docs/architecture.md", () => {
  const anchors = new Set([...page.matchAll(/^#{2,3} (.+)$/gm)].map((m) => anchor(m[1] as string)));

  it("every citation of a section names a heading that exists", () => {
    const cited: string[] = [];
    const broken: string[] = [];
    for (const top of ["engine", "server", "client", "test", "tools", "scripts", "docs", "bench", "examples"]) {
      for (const f of files(join(root, top))) {
        for (const m of readFileSync(f, "utf8").matchAll(/architecture\.md#([\w-]+)/g)) {
          cited.push(m[1] as string);
          if (!anchors.has(m[1] as string)) broken.push(`${relative(root, f)}: #${m[1]}`);
        }
      }
    }
    assert.ok(cited.length >= 5, `only ${cited.length} citations found`);
    assert.deepEqual(broken, []);
  });

  it("its catalog table is the catalog's codes and severities", () => {
    const rows = tableAfter("Diagnostics").map(([code, severity]) => [code?.replace(/`/g, ""), severity]);
    assert.deepEqual(
      rows,
      DIAGNOSTIC_CODES.map((c) => [c, CATALOG[c].severity]),
    );
  });

  it("its build table lists the build's entry points", () => {
    const build = readFileSync(join(root, "scripts", "build.mjs"), "utf8");
    const entries = [...build.matchAll(/\{ out: "([^"]+)", entry: "([^"]+)"/g)].map((m) => [m[1], m[2]]);
    assert.ok(entries.length >= 5);
    const rows = tableAfter("Build outputs").map(([out, entry]) => [out?.replace(/`/g, ""), entry?.replace(/`/g, "")]);
    assert.deepEqual(rows, entries);
  });

  it("README links it", () => {
    assert.match(readFileSync(join(root, "README.md"), "utf8"), /\]\(docs\/architecture\.md\)/);
  });
});
