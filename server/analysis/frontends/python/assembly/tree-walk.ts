// Copies a syntax subtree out of the Python parser's memory in one call (AssemblyScript, built by
// scripts/build-wasm.mjs into tree-walk.generated.ts). It calls web-tree-sitter's own tree cursor
// functions, imported from the parser's WebAssembly instance, so a node costs no call from
// JavaScript into WebAssembly (see ../tree-copy.ts). It shares the parser's memory and writes
// only into the buffer it is given: the module has no data of its own.

// The cursor works on the state web-tree-sitter keeps in its transfer buffer; each takes the tree.
@external("env", "type_id") declare function typeId(tree: i32): i32;
@external("env", "start_index") declare function startIndex(tree: i32): i32;
@external("env", "end_index") declare function endIndex(tree: i32): i32;
@external("env", "field_id") declare function fieldId(tree: i32): i32;
@external("env", "is_named") declare function isNamed(tree: i32): i32;
@external("env", "first_child") declare function gotoFirstChild(tree: i32): i32;
@external("env", "next_sibling") declare function gotoNextSibling(tree: i32): i32;
@external("env", "parent") declare function gotoParent(tree: i32): i32;

/** Numbers per node in the buffer (tree-copy.ts reads them at the same places). */
const STRIDE: i32 = 7;
const TYPE: i32 = 0; // the node's type id, plus NAMED when it is named
const START: i32 = 1;
const END: i32 = 2;
const FIELD: i32 = 3;
const PARENT: i32 = 4; // -1 for the subtree's root
const FIRST_CHILD: i32 = 5; // -1 when none
const NEXT_SIBLING: i32 = 6; // -1 when none
const NAMED: i32 = 0x10000;

@inline function put(out: i32, node: i32, slot: i32, value: i32): void {
  store<i32>(out + ((node * STRIDE + slot) << 2), value);
}

@inline function get(out: i32, node: i32, slot: i32): i32 {
  return load<i32>(out + ((node * STRIDE + slot) << 2));
}

/**
 * Walks the subtree of the cursor's node, each node before its children, into `out` (room for
 * `capacity` nodes). Returns how many nodes it wrote, or -1 when they did not fit (the cursor is
 * then somewhere inside the subtree).
 */
export function walk(tree: i32, out: i32, capacity: i32): i32 {
  let count: i32 = 0;
  let parent: i32 = -1;
  let previous: i32 = -1;
  while (true) {
    if (count == capacity) return -1;
    const i = count++;
    put(out, i, TYPE, typeId(tree) | (isNamed(tree) != 0 ? NAMED : 0));
    put(out, i, START, startIndex(tree));
    put(out, i, END, endIndex(tree));
    put(out, i, FIELD, fieldId(tree));
    put(out, i, PARENT, parent);
    put(out, i, FIRST_CHILD, -1);
    put(out, i, NEXT_SIBLING, -1);
    if (previous >= 0) put(out, previous, NEXT_SIBLING, i);
    else if (parent >= 0) put(out, parent, FIRST_CHILD, i);
    if (gotoFirstChild(tree) != 0) {
      parent = i;
      previous = -1;
      continue;
    }
    previous = i;
    while (gotoNextSibling(tree) == 0) {
      if (gotoParent(tree) == 0) return count;
      // Back at the parent's level: the parent is the last node written there.
      previous = parent;
      parent = get(out, parent, PARENT);
    }
  }
}
