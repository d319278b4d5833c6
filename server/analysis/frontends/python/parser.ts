/**
 * Loads the Python grammar (tree-sitter-python compiled to WebAssembly, run by web-tree-sitter)
 * once per process. Loading is asynchronous (WebAssembly compilation), parsing afterwards is
 * synchronous and incremental: callers await `loadPythonParser()` before the first Python file
 * and use `pythonParser()` from then on.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
// The CommonJS build, by path: the package's ESM build calls createRequire(import.meta.url),
// which a CommonJS bundle cannot provide.
import type * as TreeSitterTypes from "web-tree-sitter";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TreeSitter = require("web-tree-sitter") as typeof TreeSitterTypes;

export type PythonTree = TreeSitterTypes.Tree;
export type PythonNode = TreeSitterTypes.Node;
export type PythonEdit = TreeSitterTypes.Edit;
export const { Edit } = TreeSitter;

const RUNTIME_WASM = "web-tree-sitter.wasm";
const GRAMMAR_WASM = "tree-sitter-python.wasm";

/**
 * The bundles in dist/ carry both .wasm files beside them; run from sources (tests, tsx), the
 * packages in node_modules hold them.
 */
function wasmPath(name: string): string {
  const beside = join(__dirname, name);
  if (existsSync(beside)) return beside;
  return name === RUNTIME_WASM ? require.resolve("web-tree-sitter/web-tree-sitter.wasm") : join(dirname(require.resolve("tree-sitter-python/package.json")), name);
}

let loading: Promise<TreeSitterTypes.Parser> | null = null;
let loaded: TreeSitterTypes.Parser | null = null;

/** Starts (once) and awaits loading the Python parser. */
export function loadPythonParser(): Promise<TreeSitterTypes.Parser> {
  loading ??= (async () => {
    await TreeSitter.Parser.init({ locateFile: () => wasmPath(RUNTIME_WASM) });
    const language = await TreeSitter.Language.load(wasmPath(GRAMMAR_WASM));
    const parser = new TreeSitter.Parser();
    parser.setLanguage(language);
    loaded = parser;
    return parser;
  })();
  return loading;
}

const namesQueries = new Map<string, TreeSitterTypes.Query>();

/**
 * Which of `names` a file uses other than by calling them (`x = len`, `def len(...)`, `key=len`):
 * a file that may bind one of them makes it the file's own. One query in the parser, rather than
 * a walk of every node (each read out of WebAssembly memory), as the file is lowered at each edit.
 */
export function namesNotOnlyCalled(root: PythonNode, names: readonly string[]): Set<string> {
  const language = loaded?.language;
  const out = new Set<string>();
  if (!language) return new Set(names);
  const key = names.join(" ");
  let query = namesQueries.get(key);
  if (!query) {
    query = new TreeSitter.Query(language, `((identifier) @id (#any-of? @id ${names.map((n) => JSON.stringify(n)).join(" ")}))`);
    namesQueries.set(key, query);
  }
  for (const c of query.captures(root)) {
    const parent = c.node.parent;
    const called = parent?.type === "call" && parent.childForFieldName("function")?.startIndex === c.node.startIndex;
    if (!called) out.add(c.node.text);
  }
  return out;
}

/** The loaded parser, or null before `loadPythonParser()` has finished. */
export function pythonParser(): TreeSitterTypes.Parser | null {
  return loaded;
}
