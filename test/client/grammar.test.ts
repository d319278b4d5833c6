// The @shape grammar injection (syntaxes/rnnlens-shape.injection.tmLanguage.json), tokenized with
// VS Code's own TextMate engine (vscode-textmate + oniguruma) inside stand-in host grammars whose
// comments carry the `comment.*` scopes TypeScript's and Python's grammars give them.
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

/** A stand-in for source.python: `#` comments, strings and docstrings, scoped as VS Code's Python grammar scopes them. */
const pythonHost = {
  scopeName: "source.python",
  patterns: [
    { name: "comment.line.number-sign.python", begin: "#", end: "$" },
    { name: "string.quoted.docstring.multi.python", begin: '"""', end: '"""' },
    { name: "string.quoted.single.python", begin: "'", end: "'" },
    { name: "string.quoted.double.python", begin: '"', end: '"' },
  ],
};

let grammar: vsctm.IGrammar;
let python: vsctm.IGrammar;

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
      if (scopeName === "source.python") return vsctm.parseRawGrammar(JSON.stringify(pythonHost), "python-host.json");
      if (scopeName === "rnnlens.shape.injection") return vsctm.parseRawGrammar(readFileSync(injectionPath, "utf8"), injectionPath);
      return null;
    },
    getInjections: (scopeName: string) => (contribution?.injectTo.includes(scopeName) ? ["rnnlens.shape.injection"] : undefined),
  });
  const g = await registry.loadGrammar("source.ts");
  assert.ok(g, "grammar loads");
  grammar = g;
  const py = await registry.loadGrammar("source.python");
  assert.ok(py, "the Python stand-in loads");
  python = py;
});

/** [text, innermost scope] for each token of a line. */
function tokens(line: string, g: vsctm.IGrammar = grammar): [string, string][] {
  const r = g.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1] as string]);
}

function scopeOf(line: string, text: string, g: vsctm.IGrammar = grammar): string | undefined {
  return tokens(line, g).find(([t]) => t === text)?.[1];
}

describe("@shape grammar injection", () => {
  it("is contributed for TypeScript and JavaScript (and their React variants) and Python", () => {
    assert.ok(contribution);
    assert.deepEqual([...contribution.injectTo].sort(), ["source.js", "source.js.jsx", "source.python", "source.ts", "source.tsx"]);
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

  describe("in Python", () => {
    it("highlights a `# @shape` comment: the tag, each dim and the brackets", () => {
      const line = "    # @shape [seq, batch, 2 * hidden]";
      assert.equal(scopeOf(line, "@shape", python), "storage.type.class.shape.rnnlens");
      assert.equal(scopeOf(line, "[", python), "punctuation.definition.shape.begin.bracket.square.rnnlens");
      assert.equal(scopeOf(line, "seq", python), "variable.other.dim.shape.rnnlens");
      assert.equal(scopeOf(line, "2", python), "constant.numeric.decimal.shape.rnnlens");
      assert.equal(scopeOf(line, "*", python), "keyword.operator.arithmetic.shape.rnnlens");
      assert.equal(scopeOf(line, "]", python), "punctuation.definition.shape.end.bracket.square.rnnlens");
      const r = python.tokenizeLine(line, vsctm.INITIAL);
      const seq = r.tokens.find((t) => line.slice(t.startIndex, t.endIndex) === "seq");
      assert.ok(seq?.scopes.includes("comment.line.number-sign.python"), "still inside the Python comment");
    });

    it("highlights a named tensor, `return` and `self` in a dim", () => {
      assert.equal(scopeOf("# @shape x [batch, self.features]", "x", python), "variable.parameter.shape.rnnlens");
      assert.equal(scopeOf("# @shape x [batch, self.features]", "self", python), "variable.language.special.self.shape.rnnlens");
      assert.equal(scopeOf("# @shape x [batch, self.features]", "features", python), "variable.other.dim.shape.rnnlens");
      assert.equal(scopeOf("# @shape return [batch, 20]", "return", python), "keyword.control.return.shape.rnnlens");
    });

    it("does not highlight code or strings, docstrings included", () => {
      assert.equal(scopeOf('s = "@shape [seq]"', "@shape [seq]", python), "string.quoted.double.python");
      assert.equal(scopeOf('"""@shape [seq, batch]"""', "@shape [seq, batch]", python), "string.quoted.docstring.multi.python");
      assert.equal(tokens("x = shape[0]  # @shape [seq]", python).some(([t, sc]) => t.includes("x = ") && sc.includes("shape")), false);
      assert.equal(scopeOf("x = shape[0]  # @shape [seq]", "seq", python), "variable.other.dim.shape.rnnlens");
    });
  });
});
