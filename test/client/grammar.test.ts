// The @shape grammar injection (syntaxes/rnnlens-shape.injection.tmLanguage.json), tokenized with
// VS Code's own TextMate engine (vscode-textmate + oniguruma) inside a stand-in host grammar
// whose comments carry the `comment.*` scopes TypeScript's grammar gives them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import * as vsctm from "vscode-textmate";

const root = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};
const contribution = manifest.contributes.grammars.find((g) => g.scopeName === "rnnlens.shape.injection");
const injectionPath = join(root, contribution?.path ?? "missing");

/** A stand-in for source.ts: only line and block comments, scoped as the real grammar scopes them. */
const host = {
  scopeName: "source.ts",
  patterns: [
    { name: "comment.line.double-slash.ts", begin: "//", end: "$" },
    { name: "comment.block.documentation.ts", begin: "/\\*\\*(?!/)", end: "\\*/" },
    { name: "comment.block.ts", begin: "/\\*", end: "\\*/" },
    { name: "string.quoted.double.ts", begin: "\"", end: "\"" },
  ],
};

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(join(require.resolve("vscode-oniguruma"), "..", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === "source.ts") return vsctm.parseRawGrammar(JSON.stringify(host), "host.json");
      if (scopeName === "rnnlens.shape.injection") return vsctm.parseRawGrammar(readFileSync(injectionPath, "utf8"), injectionPath);
      return null;
    },
    getInjections: (scopeName: string) => (contribution?.injectTo.includes(scopeName) ? ["rnnlens.shape.injection"] : undefined),
  });
  const g = await registry.loadGrammar("source.ts");
  assert.ok(g, "grammar loads");
  grammar = g;
});

/** [text, innermost scope] for each token of a line. */
function tokens(line: string): [string, string][] {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1] as string]);
}

function scopeOf(line: string, text: string): string | undefined {
  return tokens(line).find(([t]) => t === text)?.[1];
}

describe("@shape grammar injection", () => {
  it("is contributed for TypeScript and JavaScript (and their React variants)", () => {
    assert.ok(contribution);
    assert.deepEqual([...contribution.injectTo].sort(), ["source.js", "source.js.jsx", "source.ts", "source.tsx"]);
    const raw = JSON.parse(readFileSync(injectionPath, "utf8")) as { injectionSelector: string; scopeName: string };
    assert.equal(raw.injectionSelector, "L:comment");
    assert.equal(raw.scopeName, "rnnlens.shape.injection");
  });

  it("highlights the tag, the parameter name and each dim in a doc comment", () => {
    const line = "/** @shape x [seq, batch, 2 * hidden] */";
    assert.equal(scopeOf(line, "@shape"), "storage.type.class.shape.rnnlens");
    assert.equal(scopeOf(line, "x"), "variable.parameter.shape.rnnlens");
    assert.equal(scopeOf(line, "["), "punctuation.definition.shape.begin.bracket.square.rnnlens");
    assert.equal(scopeOf(line, "seq"), "variable.other.dim.shape.rnnlens");
    assert.equal(scopeOf(line, "batch"), "variable.other.dim.shape.rnnlens");
    assert.equal(scopeOf(line, "2"), "constant.numeric.decimal.shape.rnnlens");
    assert.equal(scopeOf(line, "*"), "keyword.operator.arithmetic.shape.rnnlens");
    assert.equal(scopeOf(line, "hidden"), "variable.other.dim.shape.rnnlens");
    assert.equal(scopeOf(line, "]"), "punctuation.definition.shape.end.bracket.square.rnnlens");
    // The comment's own scope is still there under the injection.
    const r = grammar.tokenizeLine(line, vsctm.INITIAL);
    const seq = r.tokens.find((t) => line.slice(t.startIndex, t.endIndex) === "seq");
    assert.ok(seq?.scopes.includes("comment.block.documentation.ts"));
  });

  it("highlights line comments and `return`", () => {
    assert.equal(scopeOf("// @shape [seq, batch, 10]", "10"), "constant.numeric.decimal.shape.rnnlens");
    assert.equal(scopeOf("/** @shape return [batch, 20] */", "return"), "keyword.control.return.shape.rnnlens");
    assert.equal(scopeOf("/** @shape x [batch, this.features] */", "this"), "variable.language.this.shape.rnnlens");
  });

  it("does not highlight outside comments, and ends at the comment's end", () => {
    assert.equal(scopeOf(`const s = "@shape [seq]";`, "@shape [seq]"), "string.quoted.double.ts");
    assert.equal(tokens("/* @shape [seq, */ const x = 1;").some(([t, s]) => t.includes("const") && s.includes("shape")), false);
  });

  it("highlights a bare tag being typed", () => {
    assert.equal(scopeOf("// @shape", "@shape"), "storage.type.class.shape.rnnlens");
  });
});
