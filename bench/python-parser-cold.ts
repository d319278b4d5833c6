/**
 * The Python parser's cold start on its own, in the fresh process this script runs in (bench/
 * analyzer.ts spawns it several times): the WebAssembly runtime's init, the grammar's load, the
 * first parse of the given file (which still compiles and warms up), and a second parse for
 * comparison. Prints one line of JSON. Uses web-tree-sitter exactly as the frontend's parser.ts
 * loads it, step by step so that each step is timed.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { Language, Parser } from "web-tree-sitter";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("usage: python-parser-cold.ts FILE.py");
  const text = readFileSync(file, "utf8");
  const runtime = require.resolve("web-tree-sitter/web-tree-sitter.wasm");
  const grammar = join(dirname(require.resolve("tree-sitter-python/package.json")), "tree-sitter-python.wasm");
  const t0 = performance.now();
  await Parser.init({ locateFile: () => runtime });
  const t1 = performance.now();
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const t2 = performance.now();
  const first = parser.parse(text);
  const t3 = performance.now();
  const second = parser.parse(text);
  const t4 = performance.now();
  if (!first || !second || first.rootNode.hasError) throw new Error("the file did not parse cleanly");
  console.log(JSON.stringify({ init: t1 - t0, language: t2 - t1, firstParse: t3 - t2, secondParse: t4 - t3 }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
