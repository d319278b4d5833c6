/**
 * Which names a Python body binds. Python's variables belong to the whole function (or module):
 * a name assigned anywhere in a body, even in a branch or a loop, is that body's own from its
 * start, unless a `global`/`nonlocal` statement says otherwise. The lowering declares them at the
 * start of the body, so assignments in branches reach the function's variable.
 */
import type { SyntaxNode } from "./tree-copy";

const NESTED_SCOPES: ReadonlySet<string> = new Set(["function_definition", "class_definition", "lambda", "list_comprehension", "dictionary_comprehension", "set_comprehension", "generator_expression"]);

/**
 * Expressions that bind a name only through a walrus (`(n := len(x))`) somewhere inside them: in
 * a text without `:=` they bind nothing and are not walked (they are most of a file's nodes, and
 * a statement with a syntax error is read from the parser's own nodes, each read a call into
 * WebAssembly). `as_pattern`
 * (`with ... as f`, `except E as e`, `case ... as c`) is not one of them, and a `with` item is
 * walked whole: `with (open(p) as f):` puts its `as` inside a parenthesized expression.
 */
const EXPRESSIONS: ReadonlySet<string> = new Set([
  "attribute", "await", "binary_operator", "call", "concatenated_string", "dictionary", "ellipsis", "false", "float", "identifier", "integer",
  "list", "list_splat", "none", "parenthesized_expression", "set", "string", "subscript", "true", "tuple", "unary_operator",
  "boolean_operator", "comparison_operator", "conditional_expression", "not_operator", "argument_list", "keyword_argument", "expression_list",
  "pair", "slice", "dictionary_splat",
]);

/** Names bound by an assignment target (`a`, `a, (b, c)`, `[a, *b]`); attributes and subscripts bind none. */
export function targetNames(node: SyntaxNode, out: Set<string>): void {
  switch (node.type) {
    case "identifier":
      out.add(node.text);
      return;
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list":
    case "parenthesized_expression":
    case "list_splat_pattern":
    case "list_splat":
      for (const c of node.namedChildren) targetNames(c, out);
      return;
    default:
      return;
  }
}

/**
 * Every name a body binds (assignments, loop targets, `with ... as`, `except ... as`, nested
 * `def`/`class` names, imports), not looking inside nested functions and classes; and the names
 * its `global`/`nonlocal` statements take from outside. `walrus`: whether the text the body was
 * parsed from spells `:=` anywhere (when it does not, expressions are not walked).
 */
export function boundInBody(body: readonly SyntaxNode[], walrus: boolean): { bound: Set<string>; outer: Set<string> } {
  const bound = new Set<string>();
  const outer = new Set<string>();
  let inWithItem = 0;
  const visit = (n: SyntaxNode): void => {
    const type = n.type;
    if (!walrus && inWithItem === 0 && EXPRESSIONS.has(type)) return;
    switch (type) {
      case "with_item":
        inWithItem++;
        for (const c of n.namedChildren) visit(c);
        inWithItem--;
        return;
      case "assignment":
      case "augmented_assignment": {
        const left = n.childForFieldName("left");
        if (left) targetNames(left, bound);
        const right = n.childForFieldName("right");
        if (right) visit(right);
        return;
      }
      case "for_statement": {
        const left = n.childForFieldName("left");
        if (left) targetNames(left, bound);
        break;
      }
      case "as_pattern_target":
        for (const c of n.namedChildren) targetNames(c, bound);
        return;
      case "named_expression": {
        const name = n.childForFieldName("name");
        if (name) bound.add(name.text);
        break;
      }
      case "function_definition":
      case "class_definition": {
        const name = n.childForFieldName("name");
        if (name) bound.add(name.text);
        return;
      }
      case "import_statement":
      case "import_from_statement": {
        // Tree-sitter hands out a fresh node object on every access, so the module path is
        // recognised by where it starts, not by identity: `from torch.nn import GRU` binds GRU,
        // never the `nn` its module path spells.
        const modulePath = n.childForFieldName("module_name");
        for (const c of n.namedChildren) {
          if (c.type === "aliased_import") {
            const alias = c.childForFieldName("alias");
            if (alias) bound.add(alias.text);
          } else if (c.type === "dotted_name" && c.startIndex !== modulePath?.startIndex) {
            const first = n.type === "import_statement" ? c.namedChildren[0] : c.namedChildren[c.namedChildren.length - 1];
            if (first) bound.add(first.text);
          }
        }
        return;
      }
      case "global_statement":
      case "nonlocal_statement":
        for (const c of n.namedChildren) if (c.type === "identifier") outer.add(c.text);
        return;
      default:
        if (NESTED_SCOPES.has(type)) return;
    }
    for (const c of n.namedChildren) visit(c);
  };
  for (const n of body) visit(n);
  for (const n of outer) bound.delete(n);
  return { bound, outer };
}
