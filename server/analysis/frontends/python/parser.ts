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
import type { TreeWalk } from "./tree-copy";
import { loadTreeWalk } from "./tree-walk";
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
let treeWalk: TreeWalk | null = null;

/** Starts (once) and awaits loading the Python parser. */
export function loadPythonParser(): Promise<TreeSitterTypes.Parser> {
  loading ??= (async () => {
    // Emscripten makes this object its module: the runtime's exports end up on it. The memory is
    // the one it would make itself (32 MiB, growing to 2 GiB), made here to be shared with the walk.
    const memory = new WebAssembly.Memory({ initial: 512, maximum: 32768 });
    const runtime: Record<string, unknown> = { locateFile: () => wasmPath(RUNTIME_WASM), wasmMemory: memory };
    await TreeSitter.Parser.init(runtime);
    const language = await TreeSitter.Language.load(wasmPath(GRAMMAR_WASM));
    const parser = new TreeSitter.Parser();
    parser.setLanguage(language);
    treeWalk = loadTreeWalk(runtime, memory, parser);
    loaded = parser;
    return parser;
  })();
  return loading;
}

/** The copy's walk in WebAssembly (tree-copy.ts), or null: the copy then walks with the TreeCursor. */
export function pythonTreeWalk(): TreeWalk | null {
  return treeWalk;
}

const namesPatterns = new Map<string, RegExp>();

/**
 * Which of `names` a file uses other than by calling them (`x = len`, `def len(...)`, `key=len`):
 * a file that may bind one of them makes it the file's own. `text` is what `root` was parsed
 * from. The file is lowered at each edit, so this looks only where the text spells one of the
 * names (comments and strings included), and asks the tree what stands there: a walk of every
 * node, or a parser query (whose text predicates web-tree-sitter checks by reading every
 * identifier out of WebAssembly memory), took most of an edit's lowering.
 */
export function namesNotOnlyCalled(root: PythonNode, names: readonly string[], text: string): Set<string> {
  const out = new Set<string>();
  if (!loaded) return new Set(names);
  const key = names.join(" ");
  let pattern = namesPatterns.get(key);
  if (!pattern) {
    // Longest first, and not followed by an identifier's ASCII character: `len` in `length` is
    // not a candidate, `len` in `x_len` is (and the tree says it is not the identifier `len`).
    const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[^A-Za-z0-9_]/g, ""));
    pattern = new RegExp(`(?:${alternatives.join("|")})(?![A-Za-z0-9_])`, "g");
    namesPatterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.has(m[0])) continue;
    const node = root.descendantForIndex(start, end);
    if (!node || node.type !== "identifier" || node.startIndex !== start || node.endIndex !== end) continue;
    const parent = node.parent;
    const called = parent?.type === "call" && parent.childForFieldName("function")?.startIndex === start;
    if (!called) out.add(m[0]);
  }
  return out;
}

/** The loaded parser, or null before `loadPythonParser()` has finished. */
export function pythonParser(): TreeSitterTypes.Parser | null {
  return loaded;
}
