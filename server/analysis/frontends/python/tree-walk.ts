/**
 * Loads the copy's walk in WebAssembly (assembly/tree-walk.ts, see tree-copy.ts) next to the
 * Python parser: it imports the parser's memory and web-tree-sitter's tree cursor functions from
 * the parser's instance, and works on the cursor state web-tree-sitter keeps in its transfer
 * buffer. That state and the functions are web-tree-sitter's own workings, not its API: the walk
 * is used only when all of them are where web-tree-sitter 0.25 to 0.27 have them and it copies a
 * sample exactly as the TreeCursor does; otherwise the copy walks with the TreeCursor.
 */
import type * as TreeSitterTypes from "web-tree-sitter";
import { STRIDE, walkWithCursor, type TreeWalk } from "./tree-copy";
import { treeWalkBase64 } from "./tree-walk.generated";

/** The tree cursor functions the walk imports, by the names it imports them as. */
const CURSOR_FUNCTIONS: Readonly<Record<string, string>> = {
  type_id: "current_node_type_id",
  start_index: "start_index",
  end_index: "end_index",
  field_id: "current_field_id",
  is_named: "current_node_is_named",
  first_child: "goto_first_child",
  next_sibling: "goto_next_sibling",
  parent: "goto_parent",
};

type Cursor = TreeSitterTypes.TreeCursor;

/** A TreeCursor's state (four numbers web-tree-sitter moves in and out of the transfer buffer). */
function stateOf(cursor: Cursor): number[] | null {
  const state = (cursor as unknown as { handles?: unknown }).handles;
  return Array.isArray(state) && state.length === 4 && state.every((x) => typeof x === "number") ? (state as number[]) : null;
}

/** A tree's address in the parser's memory. */
function addressOf(tree: TreeSitterTypes.Tree): number | null {
  const address = (tree as unknown as { [0]?: unknown })[0];
  return typeof address === "number" && address !== 0 ? address : null;
}

/** Python with most kinds of node, fields and anonymous tokens, for the check at load. */
const SAMPLE = `import torch.nn as nn
from torch import nn as tnn, randn
class M(nn.Module):
    def __init__(self, n=2, *args, k: int = 3, **kw):
        super().__init__()
        self.rnn, x = nn.LSTM(n, 4, batch_first=True), [1, *args]
    @staticmethod
    def f(a, b):
        return a[:, -1, ::2] if a is not None and not b else {"k": b, **a}
for i in range(3):
    y = -(i + 1) ** 2 // 3 < 4 <= 5  # c
else:
    pass
with open(p) as f, g:
    try:
        z = lambda q: q.x
    except (E, F) as e:
        raise
`;

/** The walk, when the parser's runtime has everything it needs and it copies the sample right. */
export function loadTreeWalk(runtime: Record<string, unknown>, memory: WebAssembly.Memory, parser: TreeSitterTypes.Parser): TreeWalk | null {
  try {
    const imports: Record<string, unknown> = { memory };
    for (const [name, fn] of Object.entries(CURSOR_FUNCTIONS)) imports[name] = runtime[`_ts_tree_cursor_${fn}_wasm`];
    const { _ts_init: init, _malloc: malloc, _free: free } = runtime;
    if (Object.values(imports).some((f) => f === undefined) || typeof init !== "function" || typeof malloc !== "function" || typeof free !== "function") return null;
    const module = new WebAssembly.Module(Buffer.from(treeWalkBase64, "base64"));
    const walkExport = new WebAssembly.Instance(module, { env: imports }).exports["walk"];
    if (typeof walkExport !== "function") return null;
    const walkIn = walkExport as (tree: number, out: number, capacity: number) => number;
    // `ts_init` gives the transfer buffer's address (and sets nothing that is not set already).
    const transfer = (init as () => number)();
    const alloc = malloc as (bytes: number) => number;
    const release = free as (address: number) => void;
    let buffer = 0;
    let capacity = 0;

    const walk: TreeWalk = (cursor, tree, sizeHint) => {
      const state = stateOf(cursor);
      const address = addressOf(tree);
      if (!state || address === null) return null;
      if (capacity < sizeHint) {
        if (buffer !== 0) release(buffer);
        capacity = Math.max(sizeHint, 2 * capacity, 1024);
        buffer = alloc(capacity * STRIDE * 4);
        if (buffer === 0) {
          capacity = 0;
          return null;
        }
      }
      // The memory's view is made afresh each time: it is replaced when the memory grows.
      const view = new DataView(memory.buffer);
      state.forEach((x, i) => view.setInt32(transfer + 4 * i, x, true));
      let count = -1;
      try {
        count = walkIn(address, buffer, capacity);
      } catch {
        count = -1;
      } finally {
        // The cursor's state comes back before anyone else uses the cursor: its stack may have
        // moved in memory while the walk went down.
        const after = new DataView(memory.buffer);
        for (let i = 0; i < 4; i++) state[i] = after.getInt32(transfer + 4 * i, true);
      }
      if (count < 0) return null;
      return new Int32Array(memory.buffer, buffer, count * STRIDE).slice();
    };

    const tree = parser.parse(SAMPLE);
    if (!tree) return null;
    try {
      const viaWalk = tree.rootNode.walk();
      const viaCursor = tree.rootNode.walk();
      try {
        const a = walk(viaWalk, tree, tree.rootNode.descendantCount);
        const b = walkWithCursor(viaCursor);
        return a !== null && a.length > 100 * STRIDE && a.length === b.length && a.every((x, i) => x === b[i]) ? walk : null;
      } finally {
        viaWalk.delete();
        viaCursor.delete();
      }
    } finally {
      tree.delete();
    }
  } catch {
    return null;
  }
}
