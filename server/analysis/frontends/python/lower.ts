/**
 * The Python frontend: lowers a tree-sitter-python syntax tree to the language-neutral IR.
 * Python's own rules are settled here so the interpreter never sees them: variables belong to
 * their function (declared at its start, see names.ts), `self` is the instance (`this`), calling
 * a class builds an instance, `for x in range(...)` is a counted loop, `raise` ends the path,
 * `torch` imports are imports of the engine. What the analysis cannot follow (comprehensions,
 * `/`, which makes floats, bitwise operators) is lowered to `opaque`, so it is unknown and silent.
 */
import type { BinaryOp, ClassDecl, ClassField, Expr, FunctionDecl, Keyword, Param, Pattern, ShapeAnnotation, Span, Stmt, TypeHint } from "../../ir";
import { shapeComments, type ShapeComment } from "./annotations";
import { ENGINE_MODULE, enginePath, moduleSpecifier } from "./imports";
import { boundInBody } from "./names";
import { namesNotOnlyCalled, pythonTreeWalk, type PythonNode } from "./parser";
import { copySubtree, type SyntaxNode } from "./tree-copy";

const BINARY_OPS: ReadonlyMap<string, BinaryOp> = new Map([
  ["+", "+"],
  ["-", "-"],
  ["*", "*"],
  ["//", "//"],
  ["%", "%"],
  ["**", "**"],
]);

const COMPARISONS: ReadonlyMap<string, BinaryOp> = new Map([
  ["==", "=="],
  ["!=", "!="],
  ["<", "<"],
  ["<=", "<="],
  [">", ">"],
  [">=", ">="],
  ["is", "=="],
  ["is not", "!="],
]);

/**
 * Builtins whose result the analysis does not need and which change none of their arguments:
 * lowered to `opaque` (arguments evaluated, value unknown) rather than to a call of something
 * unknown, which would make every object passed to them unknown.
 */
const PURE_BUILTINS: ReadonlySet<string> = new Set([
  "print", "isinstance", "issubclass", "hasattr", "callable", "str", "repr", "format", "float", "bool", "type", "id", "hash",
  "abs", "round", "sum", "min", "max", "sorted", "reversed", "list", "tuple", "dict", "set", "frozenset", "enumerate", "zip",
  "iter", "next", "range", "map", "filter", "any", "all", "divmod", "pow", "ord", "chr", "open", "input", "vars", "dir",
]);

/** The builtins the lowering treats specially (unless the file binds them itself). */
const SPECIAL_BUILTINS: readonly string[] = ["len", "int", "float", "range", ...PURE_BUILTINS].filter((n, i, all) => all.indexOf(n) === i);

/** Past this depth, expressions are opaque: deeply nested input must not overflow the stack. */
const MAX_DEPTH = 200;

/** The method decorators that change what the first parameter is. */
type MethodKind = "method" | "static" | "class";

export class PythonLowerer {
  private depth = 0;
  /** The name the enclosing method calls its instance (`self`), while lowering its body. */
  private selfName: string | null = null;
  /** The special builtins the file may bind itself (it uses them other than by calling them). */
  private readonly fileNames: ReadonlySet<string>;
  /** Every span this lowering creates, when collecting (incremental reuse moves them after edits). */
  collected: Span[] | null = null;
  /** Top-level names bound so far (every module-level name can be imported by another file). */
  readonly exported: string[] = [];
  parseErrors = 0;

  /** Added to every offset: where `text` starts in the analyzed text (a notebook cell, an annotation). */
  private readonly shift: number;
  /** Lowering an annotation's `[a, b]` text, which has no comments of its own. */
  private readonly inAnnotation: boolean;
  /**
   * Where the top-level statement being lowered starts. Names made up for it count from there,
   * not from the file's start: an edit above moves a reused statement, whose names must not change.
   */
  private statementStart = 0;
  /** Offsets of names that stand for a value nobody can know (a notebook's `x = !ls`, masked). */
  private readonly unknownAt: ReadonlySet<number>;
  /** Whether the text spells `:=`, so that an expression can bind a name (see boundInBody). */
  private readonly walrus: boolean;

  constructor(
    private readonly text: string,
    /** The syntax tree, or (for a notebook cell) the builtins all the notebook's cells bind. */
    rootOrNames: PythonNode | ReadonlySet<string>,
    options: { readonly shift?: number; readonly annotation?: boolean; readonly unknownAt?: ReadonlySet<number> } = {},
  ) {
    this.fileNames = rootOrNames instanceof Set ? rootOrNames : namesNotOnlyCalled(rootOrNames as PythonNode, SPECIAL_BUILTINS, text);
    this.shift = options.shift ?? 0;
    this.inAnnotation = options.annotation ?? false;
    this.unknownAt = options.unknownAt ?? new Set();
    this.walrus = text.includes(":=");
  }

  /** The builtins the lowering treats specially that a syntax tree uses other than by calling them. */
  static boundBuiltins(root: PythonNode, text: string): Set<string> {
    return namesNotOnlyCalled(root, SPECIAL_BUILTINS, text);
  }

  /** The builtins the lowering treats specially that this file binds itself, as a key. */
  shadowedBuiltins(): string {
    return SPECIAL_BUILTINS.filter((n) => this.fileNames.has(n)).join(",");
  }

  span(node: SyntaxNode): Span {
    return this.spanOf(node.startIndex, node.endIndex);
  }

  private spanOf(start: number, end: number): Span {
    const s = { start: start + this.shift, end: end + this.shift };
    this.collected?.push(s);
    return s;
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  /**
   * One top-level statement. Names it binds inside branches or loops are declared first (the
   * module's variables exist from the start, but a declaration here keeps any value they have).
   */
  topLevel(parsed: PythonNode): Stmt[] {
    // Read from a copy (tree-copy.ts); a statement with a syntax error from the parser's nodes.
    const node: SyntaxNode = copySubtree(parsed, this.text, pythonTreeWalk()) ?? parsed;
    this.statementStart = node.startIndex;
    const { bound } = boundInBody([node], this.walrus);
    for (const n of bound) this.exported.push(n);
    const simple = node.type === "expression_statement" || node.type === "import_statement" || node.type === "import_from_statement";
    return [...(simple ? [] : this.implicitDeclarations(bound, node.startIndex)), ...this.statement(node)];
  }

  private implicitDeclarations(names: Iterable<string>, at: number): Stmt[] {
    const out: Stmt[] = [];
    for (const name of names) {
      const span = this.spanOf(at, at);
      out.push({ kind: "declare", pattern: { kind: "bind", name, span }, init: null, shape: null, span, implicit: true });
    }
    return out;
  }

  private statements(nodes: readonly SyntaxNode[]): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes) out.push(...this.statement(n));
    return out;
  }

  private body(node: SyntaxNode | null): Stmt[] {
    if (!node) return [];
    return this.statements(node.type === "block" ? node.namedChildren : [node]);
  }

  statement(node: SyntaxNode): Stmt[] {
    const span = this.span(node);
    switch (node.type) {
      case "expression_statement":
        return this.expressionStatement(node, span);
      case "import_statement":
      case "import_from_statement":
        return this.importStatement(node, span);
      case "future_import_statement":
      case "pass_statement":
      case "global_statement":
      case "nonlocal_statement":
      case "comment":
      case "type_alias_statement":
        return [];
      case "return_statement": {
        const value = node.namedChildren[0];
        return [{ kind: "return", value: value ? this.expr(value) : null, span }];
      }
      case "raise_statement":
        // The exception leaves the function (and, uncaught, the program): nothing after it runs on
        // this path. A return ends the path the same way for everything the analysis checks.
        return [{ kind: "return", value: null, span }];
      case "assert_statement": {
        // `assert c` that fails raises: the code after it runs only where c holds.
        const test = node.namedChildren[0];
        if (!test) return [];
        return [{ kind: "if", test: { kind: "unary", op: "!", operand: this.expr(test), span }, then: [{ kind: "return", value: null, span }], else: [], span }];
      }
      case "break_statement":
        return [{ kind: "jump", jump: "break", label: null, span }];
      case "continue_statement":
        return [{ kind: "jump", jump: "continue", label: null, span }];
      case "if_statement":
        return [this.ifStatement(node, span)];
      case "for_statement":
        return this.forStatement(node, span);
      case "while_statement": {
        const cond = node.childForFieldName("condition");
        const loop: Stmt = { kind: "loop", init: [], test: cond ? this.expr(cond) : null, update: [], each: null, body: this.body(node.childForFieldName("body")), span };
        return [loop, ...this.elseClause(node)];
      }
      case "with_statement":
        return this.withStatement(node, span);
      case "try_statement":
        return this.tryStatement(node, span);
      case "function_definition":
        return [{ kind: "function", decl: this.functionDecl(node, "method", false, node), span }];
      case "class_definition":
        return [{ kind: "class", decl: this.classDecl(node), span }];
      case "decorated_definition": {
        const def = node.childForFieldName("definition");
        if (!def) return [];
        if (def.type === "class_definition") return [{ kind: "class", decl: this.classDecl(def, node), span }];
        return [{ kind: "function", decl: this.functionDecl(def, "method", false, node), span }];
      }
      case "delete_statement":
        return [{ kind: "opaque", body: [], exprs: [], span }];
      case "ERROR":
        this.parseErrors++;
        return [];
      default:
        // match statements, exec/print statements of Python 2: visited as unknown.
        if (node.hasError) this.parseErrors++;
        return [{ kind: "opaque", body: [], exprs: [], span }];
    }
  }

  private expressionStatement(node: SyntaxNode, span: Span): Stmt[] {
    const inner = node.namedChildren;
    if (inner.length !== 1) return [{ kind: "expression", expr: this.tupleOf(inner, span), span }];
    const e = inner[0] as SyntaxNode;
    if (e.type === "assignment") return this.assignment(e, span);
    if (e.type === "augmented_assignment") return this.augmented(e, span);
    const call = this.superInit(e);
    if (call) return [call];
    return [{ kind: "expression", expr: this.expr(e), span }];
  }

  /** `super().__init__(...)` / `super(Cls, self).__init__(...)`: the parent's initialisation, as the IR's `super(...)`. */
  private superInit(e: SyntaxNode): Stmt | null {
    if (e.type !== "call") return null;
    const fn = e.childForFieldName("function");
    if (!fn || fn.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "__init__") return null;
    const obj = fn.childForFieldName("object");
    if (!obj || obj.type !== "call" || obj.childForFieldName("function")?.text !== "super") return null;
    const { args } = this.argumentList(e.childForFieldName("arguments"));
    const span = this.span(e);
    return { kind: "expression", expr: { kind: "call", callee: { kind: "name", name: "super", span: this.span(obj) }, args, span }, span };
  }

  private assignment(node: SyntaxNode, span: Span): Stmt[] {
    // `a = b = value`: one value, several targets.
    const targets: SyntaxNode[] = [];
    let cur: SyntaxNode | null = node;
    let valueNode: SyntaxNode | null = null;
    while (cur && cur.type === "assignment") {
      const left = cur.childForFieldName("left");
      if (left) targets.push(left);
      valueNode = cur.childForFieldName("right");
      cur = valueNode;
    }
    // `x: int` declares a type and assigns nothing.
    if (!valueNode) return [];
    const shape = this.shapeOf(node.parent ?? node);
    const value = this.expr(valueNode);
    if (targets.length === 1) return this.assignTo(targets[0] as SyntaxNode, value, span, shape);
    const out: Stmt[] = [];
    const first = targets[targets.length - 1] as SyntaxNode;
    out.push(...this.assignTo(first, value, span, shape));
    for (const t of targets.slice(0, -1)) out.push(...this.assignTo(t, this.expr(first), span, null));
    return out;
  }

  /** Assigns a value to a target: a name, an attribute, a subscript, or a tuple of them. */
  private assignTo(target: SyntaxNode, value: Expr, span: Span, shape: ShapeAnnotation | null): Stmt[] {
    if (target.type === "identifier" || target.type === "attribute" || target.type === "subscript") {
      return [{ kind: "assign", target: this.expr(target), value, span, ...(shape ? { shape } : {}) }];
    }
    const pattern = this.pattern(target);
    if (pattern) return [{ kind: "assign", target: pattern, value, span }];
    // Unpacking into attributes or subscripts (`self.h, self.c = state`): through a temporary.
    const items = this.unpackItems(target);
    if (!items) return [{ kind: "expression", expr: value, span }];
    const tmp = `unpack@${target.startIndex - this.statementStart}`;
    const tmpSpan = this.span(target);
    const out: Stmt[] = [{ kind: "declare", pattern: { kind: "bind", name: tmp, span: tmpSpan }, init: value, shape: null, span, implicit: true }];
    items.forEach((item, i) => {
      if (item.type === "list_splat_pattern" || item.type === "list_splat") return;
      const element: Expr = { kind: "index", object: { kind: "name", name: tmp, span: tmpSpan }, index: { kind: "number", value: i, span: tmpSpan }, span: tmpSpan };
      out.push(...this.assignTo(item, element, span, null));
    });
    return out;
  }

  private unpackItems(target: SyntaxNode): SyntaxNode[] | null {
    if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"].includes(target.type)) return target.namedChildren;
    if (target.type === "parenthesized_expression") {
      const inner = target.namedChildren[0];
      return inner ? this.unpackItems(inner) : null;
    }
    return null;
  }

  /** A target made only of names and nested tuples of names, as an IR pattern; null otherwise. */
  private pattern(target: SyntaxNode): Pattern | null {
    if (target.type === "identifier") return { kind: "bind", name: target.text, span: this.span(target) };
    if (target.type === "parenthesized_expression") {
      const inner = target.namedChildren[0];
      return inner ? this.pattern(inner) : null;
    }
    const items = this.unpackItems(target);
    if (!items) return null;
    const elements: (Pattern | null)[] = [];
    let starred = false;
    for (const item of items) {
      if (item.type === "list_splat_pattern" || item.type === "list_splat") {
        // `a, *rest, b = xs`: the rest and everything after it are counted from the end.
        starred = true;
        elements.push({ kind: "ignore", span: this.span(item) });
        continue;
      }
      if (starred) {
        elements.push({ kind: "ignore", span: this.span(item) });
        continue;
      }
      const p = this.pattern(item);
      if (!p) return null;
      elements.push(p);
    }
    return { kind: "arrayPattern", elements, span: this.span(target) };
  }

  private augmented(node: SyntaxNode, span: Span): Stmt[] {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const opText = node.childForFieldName("operator")?.text ?? "";
    if (!left || !right) return [];
    const op = BINARY_OPS.get(opText.slice(0, -1));
    const target = this.expr(left);
    const value: Expr = op
      ? { kind: "binary", op, left: this.expr(left), right: this.expr(right), span }
      : { kind: "opaque", parts: [this.expr(left), this.expr(right)], span };
    if (left.type !== "identifier" && left.type !== "attribute" && left.type !== "subscript") return [{ kind: "expression", expr: value, span }];
    return [{ kind: "assign", target, value, span }];
  }

  private ifStatement(node: SyntaxNode, span: Span): Stmt {
    const cond = node.childForFieldName("condition");
    const then = this.body(node.childForFieldName("consequence"));
    const alternatives = node.childrenForFieldName("alternative");
    return { kind: "if", test: cond ? this.expr(cond) : { kind: "opaque", parts: [], span }, then, else: this.elifChain(alternatives, 0), span };
  }

  private elifChain(alternatives: readonly SyntaxNode[], i: number): Stmt[] {
    const alt = alternatives[i];
    if (!alt) return [];
    if (alt.type === "else_clause") return this.body(alt.childForFieldName("body"));
    const span = this.span(alt);
    const cond = alt.childForFieldName("condition");
    return [{ kind: "if", test: cond ? this.expr(cond) : { kind: "opaque", parts: [], span }, then: this.body(alt.childForFieldName("consequence")), else: this.elifChain(alternatives, i + 1), span }];
  }

  /** A loop's `else:` runs when the loop ends without `break`: it may or may not run. */
  private elseClause(node: SyntaxNode): Stmt[] {
    const alt = node.childForFieldName("alternative");
    if (!alt) return [];
    return [{ kind: "opaque", body: this.body(alt.childForFieldName("body")), exprs: [], span: this.span(alt) }];
  }

  private forStatement(node: SyntaxNode, span: Span): Stmt[] {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const bodyNode = node.childForFieldName("body");
    if (!left || !right) return [];
    // The loop runs on a hidden variable that the body's first statement assigns to the target:
    // the target is then a plain assignment of the function's variable (it outlives the loop),
    // and the body reassigning it does not change the iteration, as in Python.
    // Unique among the statement's loops (nested ones too), and the same wherever the statement moves.
    const hidden = `loop@${node.startIndex - this.statementStart}`;
    const hiddenSpan = this.span(left);
    const hiddenName: Expr = { kind: "name", name: hidden, span: hiddenSpan };
    const bind = this.assignTo(left, hiddenName, hiddenSpan, null);
    const body = [...bind, ...this.body(bodyNode)];
    const range = this.rangeBounds(right);
    let loop: Stmt;
    if (range) {
      const { start, stop, step } = range;
      const counter: Pattern = { kind: "bind", name: hidden, span: hiddenSpan };
      loop = {
        kind: "loop",
        init: [{ kind: "declare", pattern: counter, init: start, shape: null, span: hiddenSpan, implicit: true }],
        test: { kind: "binary", op: step > 0 ? "<" : ">", left: hiddenName, right: stop, span: hiddenSpan },
        update: [{ kind: "assign", target: hiddenName, value: { kind: "binary", op: "+", left: hiddenName, right: { kind: "number", value: step, span: hiddenSpan }, span: hiddenSpan }, span: hiddenSpan }],
        each: null,
        body,
        span,
      };
    } else {
      loop = { kind: "loop", init: [], test: null, update: [], each: { pattern: { kind: "bind", name: hidden, span: hiddenSpan }, iterable: this.expr(right) }, body, span };
    }
    return [loop, ...this.elseClause(node)];
  }

  /** `range(stop)`, `range(start, stop)`, `range(start, stop, step)` with a literal step; else null. */
  private rangeBounds(node: SyntaxNode): { start: Expr; stop: Expr; step: number } | null {
    if (node.type !== "call" || node.childForFieldName("function")?.text !== "range" || this.fileNames.has("range")) return null;
    const argsNode = node.childForFieldName("arguments");
    if (!argsNode || argsNode.type !== "argument_list") return null;
    const args = argsNode.namedChildren.filter((c) => c.type !== "comment");
    if (args.length === 0 || args.length > 3 || args.some((a) => a.type === "keyword_argument" || a.type === "list_splat" || a.type === "dictionary_splat")) return null;
    let step = 1;
    if (args.length === 3) {
      const s = literalInt(args[2] as SyntaxNode);
      if (s === null || s === 0) return null;
      step = s;
    }
    const zero: Expr = { kind: "number", value: 0, span: this.span(node) };
    const start = args.length === 1 ? zero : this.expr(args[0] as SyntaxNode);
    const stop = this.expr((args.length === 1 ? args[0] : args[1]) as SyntaxNode);
    return { start, stop, step };
  }

  private withStatement(node: SyntaxNode, span: Span): Stmt[] {
    const out: Stmt[] = [];
    const clause = node.namedChildren.find((c) => c.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      const value = item.childForFieldName("value");
      if (!value) continue;
      if (value.type === "as_pattern") {
        const ctx = value.namedChildren[0];
        const alias = value.childForFieldName("alias");
        const itemSpan = this.span(item);
        // What `__enter__` returns is the context manager's business: unknown.
        const entered: Expr = { kind: "opaque", parts: ctx ? [this.expr(ctx)] : [], span: itemSpan };
        const target = alias?.namedChildren[0];
        if (target) out.push(...this.assignTo(target, entered, itemSpan, null));
        else out.push({ kind: "expression", expr: entered, span: itemSpan });
      } else out.push({ kind: "expression", expr: { kind: "opaque", parts: [this.expr(value)], span: this.span(value) }, span: this.span(item) });
    }
    out.push({ kind: "block", body: this.body(node.childForFieldName("body")), span });
    return out;
  }

  private tryStatement(node: SyntaxNode, span: Span): Stmt[] {
    // The try body may stop anywhere, a handler may run or not; `finally` always runs.
    const handled = node.namedChildren.some((c) => c.type === "except_clause" || c.type === "except_group_clause");
    const out: Stmt[] = [{ kind: "opaque", body: this.body(node.childForFieldName("body")), exprs: [], span, caught: handled }];
    for (const c of node.namedChildren) {
      if (c.type === "except_clause" || c.type === "except_group_clause") {
        const handler: Stmt[] = [];
        const value = c.namedChildren.find((x) => x.type !== "block" && x.type !== "comment");
        const alias = value?.type === "as_pattern" ? value.childForFieldName("alias")?.namedChildren[0] : undefined;
        if (alias) handler.push(...this.assignTo(alias, { kind: "opaque", parts: [], span: this.span(alias) }, this.span(alias), null));
        const block = c.namedChildren.find((x) => x.type === "block");
        handler.push(...this.body(block ?? null));
        out.push({ kind: "opaque", body: handler, exprs: [], span: this.span(c) });
      } else if (c.type === "else_clause") {
        out.push({ kind: "opaque", body: this.body(c.childForFieldName("body")), exprs: [], span: this.span(c) });
      } else if (c.type === "finally_clause") {
        const block = c.namedChildren.find((x) => x.type === "block");
        out.push({ kind: "block", body: this.body(block ?? null), span: this.span(c) });
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Imports

  private importStatement(node: SyntaxNode, span: Span): Stmt[] {
    const out: Stmt[] = [];
    if (node.type === "import_statement") {
      for (const c of node.namedChildren) {
        const dotted = c.type === "aliased_import" ? c.childForFieldName("name") : c;
        const alias = c.type === "aliased_import" ? c.childForFieldName("alias") : null;
        if (!dotted || dotted.type !== "dotted_name") continue;
        const name = dotted.text.replace(/\s+/g, "");
        const bindSpan = this.span(alias ?? dotted);
        if (alias) {
          // `import torch.nn as nn`: the submodule itself.
          const path = enginePath(name);
          if (path) out.push({ kind: "import", module: ENGINE_MODULE, bindings: [{ imported: path, local: alias.text, span: bindSpan }], span });
          else out.push({ kind: "import", module: moduleSpecifier(0, name), bindings: [{ imported: "*", local: alias.text, span: bindSpan }], span });
          continue;
        }
        // `import torch.nn` binds `torch`; `import model` binds the module `model`.
        const head = name.split(".")[0] as string;
        if (enginePath(head)) out.push({ kind: "import", module: ENGINE_MODULE, bindings: [{ imported: "torch", local: head, span: bindSpan }], span });
        else if (head === name) out.push({ kind: "import", module: moduleSpecifier(0, name), bindings: [{ imported: "*", local: head, span: bindSpan }], span });
        else out.push({ kind: "import", module: "", bindings: [{ imported: "*", local: head, span: bindSpan }], span });
      }
      return out;
    }
    const moduleNode = node.childForFieldName("module_name");
    if (!moduleNode) return out;
    let dots = 0;
    let dotted = moduleNode.text.replace(/\s+/g, "");
    if (moduleNode.type === "relative_import") {
      const prefix = moduleNode.namedChildren.find((c) => c.type === "import_prefix");
      dots = prefix ? prefix.text.length : 0;
      dotted = dotted.slice(dots);
    }
    const base = dots === 0 ? enginePath(dotted) : null;
    const bindings: { imported: string; local: string; span: Span }[] = [];
    for (const c of node.childrenForFieldName("name")) {
      const nameNode = c.type === "aliased_import" ? c.childForFieldName("name") : c;
      const alias = c.type === "aliased_import" ? c.childForFieldName("alias") : null;
      if (!nameNode) continue;
      const imported = nameNode.text;
      const local = alias?.text ?? imported;
      bindings.push({ imported: base ? `${base}.${imported}`.replace(/^torch\.nn(\.|$)/, "nn$1") : imported, local, span: this.span(alias ?? nameNode) });
    }
    if (node.namedChildren.some((c) => c.type === "wildcard_import")) {
      // `from x import *`: whatever it binds is unknown; names the file uses stay unbound.
      return out;
    }
    if (base) out.push({ kind: "import", module: ENGINE_MODULE, bindings, span });
    else if (dots > 0 && dotted === "") {
      // `from . import model`: sibling modules.
      for (const b of bindings) out.push({ kind: "import", module: moduleSpecifier(dots, b.imported), bindings: [{ imported: "*", local: b.local, span: b.span }], span });
    } else out.push({ kind: "import", module: moduleSpecifier(dots, dotted), bindings, span });
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Functions and classes

  private functionDecl(node: SyntaxNode, kind: MethodKind, isMethod: boolean, outer: SyntaxNode): FunctionDecl {
    const nameNode = node.childForFieldName("name");
    const params: Param[] = [];
    const tags = this.shapeTags(outer);
    const paramsNode = node.childForFieldName("parameters");
    const savedSelf = this.selfName;
    let first = true;
    const kwargs: string[] = [];
    for (const p of paramsNode?.namedChildren ?? []) {
      if (p.type === "comment" || p.type === "keyword_separator" || p.type === "positional_separator") continue;
      if (isMethod && first && kind !== "static") {
        first = false;
        const selfNode = p.type === "identifier" ? p : p.namedChildren[0];
        // A classmethod's first parameter is the class: unknown, not an instance.
        this.selfName = kind === "method" && selfNode ? selfNode.text : null;
        continue;
      }
      first = false;
      if (p.type === "dictionary_splat_pattern") {
        const n = p.namedChildren[0];
        if (n) kwargs.push(n.text);
        continue;
      }
      const param = this.param(p, tags);
      if (param) params.push(param);
    }
    const bodyNode = node.childForFieldName("body");
    const bodyStmts = bodyNode?.namedChildren ?? [];
    const { bound } = boundInBody(bodyStmts, this.walrus);
    for (const p of params) if (p.pattern.kind === "bind") bound.delete(p.pattern.name);
    const at = bodyNode ? bodyNode.startIndex : node.endIndex;
    const body = [...this.implicitDeclarations([...bound, ...kwargs], at), ...this.statements(bodyStmts)];
    this.selfName = savedSelf;
    return {
      name: nameNode?.text ?? null,
      nameSpan: nameNode ? this.span(nameNode) : null,
      params,
      body,
      span: this.span(node),
      exported: true,
      returnShape: tags.get("return") ?? null,
    };
  }

  private param(p: SyntaxNode, tags: ReadonlyMap<string, ShapeAnnotation>): Param | null {
    let nameNode: SyntaxNode | null = null;
    let typeNode: SyntaxNode | null = null;
    let valueNode: SyntaxNode | null = null;
    let rest = false;
    switch (p.type) {
      case "identifier":
        nameNode = p;
        break;
      case "typed_parameter":
        nameNode = p.namedChildren.find((c) => c.type === "identifier") ?? null;
        if (!nameNode) {
          // `*args: int`
          const splat = p.namedChildren.find((c) => c.type === "list_splat_pattern");
          nameNode = splat?.namedChildren[0] ?? null;
          rest = splat !== undefined;
        }
        typeNode = p.childForFieldName("type");
        break;
      case "default_parameter":
      case "typed_default_parameter":
        nameNode = p.childForFieldName("name");
        typeNode = p.childForFieldName("type");
        valueNode = p.childForFieldName("value");
        break;
      case "list_splat_pattern":
        nameNode = p.namedChildren[0] ?? null;
        rest = true;
        break;
      default:
        return null;
    }
    if (!nameNode) return null;
    const name = nameNode.text;
    return {
      pattern: { kind: "bind", name, span: this.span(nameNode) },
      defaultValue: valueNode ? this.expr(valueNode) : null,
      typeHint: typeNode ? typeHint(typeNode.text) : null,
      shape: tags.get(name) ?? null,
      ...(rest ? { rest: true } : {}),
    };
  }

  private classDecl(node: SyntaxNode, outer: SyntaxNode = node): ClassDecl {
    const nameNode = node.childForFieldName("name");
    const supers = node.childForFieldName("superclasses");
    const firstBase = supers?.namedChildren.find((c) => c.type !== "keyword_argument" && c.type !== "comment");
    const savedSelf = this.selfName;
    // A class body is not inside the enclosing method: its `self` is not the class's.
    this.selfName = null;
    const superclass = firstBase ? this.expr(firstBase) : null;
    const fields: ClassField[] = [];
    const methods: FunctionDecl[] = [];
    let constructorDecl: FunctionDecl | null = null;
    for (const s of node.childForFieldName("body")?.namedChildren ?? []) {
      let def: SyntaxNode | null = null;
      let kind: MethodKind = "method";
      if (s.type === "function_definition") def = s;
      else if (s.type === "decorated_definition") {
        def = s.childForFieldName("definition");
        for (const d of s.namedChildren) {
          if (d.type !== "decorator") continue;
          const t = d.text.replace(/^@\s*/, "");
          if (t === "staticmethod") kind = "static";
          if (t === "classmethod") kind = "class";
        }
        if (def && def.type !== "function_definition") def = null;
      } else if (s.type === "expression_statement") {
        const a = s.namedChildren[0];
        const left = a?.type === "assignment" ? a.childForFieldName("left") : null;
        const right = a?.childForFieldName("right");
        if (left && left.type === "identifier" && right) fields.push({ name: left.text, nameSpan: this.span(left), value: this.expr(right), shape: this.shapeOf(s) });
        continue;
      }
      if (!def) continue;
      const decl = this.functionDecl(def, kind, true, s);
      if (decl.name === "__init__") constructorDecl = decl;
      else methods.push(decl);
    }
    this.selfName = savedSelf;
    return {
      name: nameNode?.text ?? null,
      nameSpan: nameNode ? this.span(nameNode) : null,
      superclass,
      fields,
      constructorDecl,
      methods,
      exported: true,
      span: this.span(outer),
    };
  }

  // ------------------------------------------------------------------------------------------
  // `# @shape` comments

  /** The shapes `# @shape` comment lines right above a definition give its parameters and return value. */
  private shapeTags(node: SyntaxNode): Map<string, ShapeAnnotation> {
    const out = new Map<string, ShapeAnnotation>();
    for (const c of this.comments(node)) if (c.target !== null) out.set(c.target, c.annotation);
    return out;
  }

  /** The shape a `# @shape [...]` comment right above a statement declares for the value it assigns. */
  private shapeOf(node: SyntaxNode): ShapeAnnotation | null {
    return this.comments(node).find((c) => c.target === null)?.annotation ?? null;
  }

  private comments(node: SyntaxNode): ShapeComment[] {
    if (this.inAnnotation) return [];
    const found = shapeComments(this.text, node.startIndex, (dimsText, offset) => this.lowerDims(dimsText, offset + this.shift));
    for (const c of found) {
      const span = c.annotation.span as { start: number; end: number };
      span.start += this.shift;
      span.end += this.shift;
      this.collected?.push(span);
    }
    return found;
  }

  /** Set by the caller: parses an annotation's `[a, b]` text (at `offset` in the file) into dim expressions. */
  lowerDims: (dimsText: string, offset: number) => Expr[] | null = () => null;

  // ------------------------------------------------------------------------------------------
  // Expressions

  expr(node: SyntaxNode): Expr {
    if (this.depth > MAX_DEPTH) return { kind: "opaque", parts: [], span: this.span(node) };
    this.depth++;
    try {
      return this.exprInner(node);
    } finally {
      this.depth--;
    }
  }

  private exprInner(node: SyntaxNode): Expr {
    const span = this.span(node);
    switch (node.type) {
      case "identifier": {
        const name = node.text;
        if (this.unknownAt.has(node.startIndex)) return { kind: "opaque", parts: [], span };
        if (name === this.selfName) return { kind: "this", span };
        return { kind: "name", name, span };
      }
      case "integer": {
        const v = parseInteger(node.text);
        return v === null ? { kind: "opaque", parts: [], span } : { kind: "number", value: v, span };
      }
      case "float": {
        const v = Number(node.text.replace(/_/g, ""));
        // A float that holds an integer (`20.0`) stays a float: PyTorch refuses it as a size.
        if (!Number.isFinite(v) || /[jJ]$/.test(node.text)) return { kind: "opaque", parts: [], span };
        const value: Expr = { kind: "number", value: v, span };
        return Number.isInteger(v) ? { kind: "builtin", op: "float", args: [value], span } : value;
      }
      case "true":
        return { kind: "boolean", value: true, span };
      case "false":
        return { kind: "boolean", value: false, span };
      case "none":
        return { kind: "nullish", span };
      case "string": {
        const value = stringValue(node);
        return value === null ? { kind: "opaque", parts: node.namedChildren.filter((c) => c.type === "interpolation").flatMap((c) => c.namedChildren.slice(0, 1).map((x) => this.expr(x))), span } : { kind: "string", value, span };
      }
      case "concatenated_string":
        return { kind: "opaque", parts: [], span };
      case "attribute": {
        const obj = node.childForFieldName("object");
        const attr = node.childForFieldName("attribute");
        if (!obj || !attr) return { kind: "opaque", parts: [], span };
        return { kind: "member", object: this.expr(obj), property: attr.text, span, propertySpan: this.span(attr) };
      }
      case "subscript":
        return this.subscript(node, span);
      case "call":
        return this.call(node, span);
      case "list":
      case "tuple":
      case "expression_list":
        return this.tupleOf(node.namedChildren, span);
      case "parenthesized_expression": {
        const inner = node.namedChildren.find((c) => c.type !== "comment");
        return inner ? this.expr(inner) : { kind: "opaque", parts: [], span };
      }
      case "dictionary":
        return this.dictionary(node, span);
      case "binary_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const op = BINARY_OPS.get(node.childForFieldName("operator")?.text ?? "");
        if (!left || !right) return { kind: "opaque", parts: [], span };
        // `/` makes a float even of two ints, and floats are refused where PyTorch wants ints.
        const opText = node.childForFieldName("operator")?.text;
        if (opText === "/") return { kind: "builtin", op: "float", args: [{ kind: "binary", op: "/", left: this.expr(left), right: this.expr(right), span }], span };
        if (!op) return { kind: "opaque", parts: [this.expr(left), this.expr(right)], span };
        return { kind: "binary", op, left: this.expr(left), right: this.expr(right), span };
      }
      case "unary_operator": {
        const arg = node.childForFieldName("argument");
        const op = node.childForFieldName("operator")?.text;
        if (!arg) return { kind: "opaque", parts: [], span };
        if (op === "-" || op === "+") return { kind: "unary", op, operand: this.expr(arg), span };
        return { kind: "opaque", parts: [this.expr(arg)], span };
      }
      case "not_operator": {
        const arg = node.childForFieldName("argument");
        return arg ? { kind: "unary", op: "!", operand: this.expr(arg), span } : { kind: "opaque", parts: [], span };
      }
      case "boolean_operator": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const op = node.childForFieldName("operator")?.text;
        if (!left || !right) return { kind: "opaque", parts: [], span };
        return { kind: "binary", op: op === "and" ? "&&" : "||", left: this.expr(left), right: this.expr(right), span };
      }
      case "comparison_operator":
        return this.comparison(node, span);
      case "conditional_expression": {
        const [then, test, otherwise] = node.namedChildren.filter((c) => c.type !== "comment");
        if (!then || !test || !otherwise) return { kind: "opaque", parts: [], span };
        return { kind: "conditional", test: this.expr(test), then: this.expr(then), else: this.expr(otherwise), span };
      }
      case "lambda":
        return { kind: "function", fn: this.lambda(node), span };
      case "slice":
        return this.slice(node, span);
      case "ellipsis":
        return { kind: "ellipsis", span };
      case "keyword_argument":
      case "list_splat":
      case "dictionary_splat":
        return { kind: "opaque", parts: [], span };
      case "await": {
        const inner = node.namedChildren[0];
        return { kind: "opaque", parts: inner ? [this.expr(inner)] : [], span };
      }
      default:
        // Comprehensions, generators, sets, walrus, yield: unknown. Their parts are not
        // evaluated: a comprehension's body may run any number of times, zero included.
        return { kind: "opaque", parts: [], span };
    }
  }

  private tupleOf(items: readonly SyntaxNode[], span: Span): Expr {
    const elements: Expr[] = [];
    for (const c of items) {
      if (c.type === "comment") continue;
      if (c.type === "list_splat") {
        const inner = c.namedChildren[0];
        elements.push({ kind: "spread", expr: inner ? this.expr(inner) : { kind: "opaque", parts: [], span }, span: this.span(c) });
      } else elements.push(this.expr(c));
    }
    return { kind: "array", elements, span };
  }

  private dictionary(node: SyntaxNode, span: Span): Expr {
    const properties: ({ key: string; value: Expr; keySpan: Span } | { key: null; value: Expr; keySpan: Span })[] = [];
    let open = false;
    const parts: Expr[] = [];
    for (const c of node.namedChildren) {
      if (c.type === "pair") {
        const k = c.childForFieldName("key");
        const v = c.childForFieldName("value");
        if (!k || !v) continue;
        const key = k.type === "string" ? stringValue(k) : null;
        if (key === null) {
          open = true;
          parts.push(this.expr(v));
          continue;
        }
        properties.push({ key, value: this.expr(v), keySpan: this.span(k) });
      } else if (c.type === "dictionary_splat") {
        const inner = c.namedChildren[0];
        if (inner) properties.push({ key: null, value: this.expr(inner), keySpan: this.span(c) });
      }
    }
    // Keys the analysis cannot read may be any key.
    const obj: Expr = { kind: "object", properties, open, span };
    return parts.length > 0 ? { kind: "opaque", parts: [obj, ...parts], span } : obj;
  }

  private comparison(node: SyntaxNode, span: Span): Expr {
    // `a < b <= c` is `a < b and b <= c`; operators are the unnamed children between operands.
    const operands: SyntaxNode[] = [];
    const ops: string[] = [];
    let pending = "";
    for (const c of node.children) {
      if (c.isNamed && c.type !== "comment") {
        if (operands.length > 0) ops.push(pending.trim());
        operands.push(c);
        pending = "";
      } else if (!c.isNamed) pending += ` ${c.type}`;
    }
    let result: Expr | null = null;
    for (let i = 0; i < ops.length; i++) {
      const l = operands[i] as SyntaxNode;
      const r = operands[i + 1] as SyntaxNode;
      const op = COMPARISONS.get(ops[i] as string);
      const part: Expr = op ? { kind: "binary", op, left: this.expr(l), right: this.expr(r), span } : { kind: "opaque", parts: [this.expr(l), this.expr(r)], span };
      result = result ? { kind: "binary", op: "&&", left: result, right: part, span } : part;
    }
    return result ?? { kind: "opaque", parts: [], span };
  }

  private slice(node: SyntaxNode, span: Span): Expr {
    // `a:b:c` with any part missing: the parts sit between the colons.
    const parts: (SyntaxNode | null)[] = [null, null, null];
    let i = 0;
    for (const c of node.children) {
      if (c.type === ":") i++;
      else if (c.isNamed && c.type !== "comment" && i < 3) parts[i] = c;
    }
    const [a, b, c] = parts;
    return { kind: "slice", start: a ? this.expr(a) : null, stop: b ? this.expr(b) : null, step: c ? this.expr(c) : null, span };
  }

  private subscript(node: SyntaxNode, span: Span): Expr {
    const value = node.childForFieldName("value");
    const subs = node.childrenForFieldName("subscript");
    if (!value) return { kind: "opaque", parts: [], span };
    const object = this.expr(value);
    if (subs.length === 1) return { kind: "index", object, index: this.expr(subs[0] as SyntaxNode), span };
    // `x[a, b]`: one tuple index.
    const first = subs[0] as SyntaxNode;
    const last = subs[subs.length - 1] as SyntaxNode;
    return { kind: "index", object, index: this.tupleOf(subs, this.spanOf(first.startIndex, last.endIndex)), span };
  }

  private argumentList(node: SyntaxNode | null): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    if (!node) return { args, keywords };
    if (node.type === "generator_expression") return { args: [this.expr(node)], keywords };
    for (const c of node.namedChildren) {
      if (c.type === "comment") continue;
      if (c.type === "keyword_argument") {
        const name = c.childForFieldName("name");
        const value = c.childForFieldName("value");
        if (name && value) keywords.push({ name: name.text, value: this.expr(value), span: this.span(c) });
      } else if (c.type === "dictionary_splat") {
        const inner = c.namedChildren[0];
        if (inner) keywords.push({ name: null, value: this.expr(inner), span: this.span(c) });
      } else if (c.type === "list_splat") {
        const inner = c.namedChildren[0];
        if (inner) args.push({ kind: "spread", expr: this.expr(inner), span: this.span(c) });
      } else args.push(this.expr(c));
    }
    return { args, keywords };
  }

  private call(node: SyntaxNode, span: Span): Expr {
    const fn = node.childForFieldName("function");
    const { args, keywords } = this.argumentList(node.childForFieldName("arguments"));
    if (!fn) return { kind: "opaque", parts: args, span };
    if (fn.type === "identifier" && !this.fileNames.has(fn.text)) {
      const name = fn.text;
      if (name === "len" && args.length === 1 && keywords.length === 0) return { kind: "builtin", op: "length", args, span };
      if (name === "int" && args.length === 1 && keywords.length === 0) return { kind: "builtin", op: "truncate", args, span };
      if (name === "float" && args.length === 1 && keywords.length === 0) return { kind: "builtin", op: "float", args, span };
      if (name === "int" || PURE_BUILTINS.has(name)) return { kind: "opaque", parts: [...args, ...keywords.map((k) => k.value)], span };
    }
    const callee = this.expr(fn);
    return keywords.length > 0 ? { kind: "call", callee, args, keywords, span } : { kind: "call", callee, args, span };
  }

  private lambda(node: SyntaxNode): FunctionDecl {
    const params: Param[] = [];
    for (const p of node.childForFieldName("parameters")?.namedChildren ?? []) {
      const param = this.param(p, new Map());
      if (param) params.push(param);
    }
    const body = node.childForFieldName("body");
    const span = this.span(node);
    return { name: null, nameSpan: null, params, body: body ? [{ kind: "return", value: this.expr(body), span: this.span(body) }] : [], span, exported: false, returnShape: null };
  }
}

/** What a parameter's annotation says of its value, when it says something the analysis uses. */
function typeHint(text: string): TypeHint {
  const t = text.replace(/\s+/g, "");
  if (t === "int") return "number";
  if (t === "bool") return "boolean";
  if (t === "str") return "string";
  if (t === "Tensor" || t === "torch.Tensor" || t === "torch.FloatTensor" || t === "FloatTensor") return "tensor";
  return "other";
}

/** A Python integer literal's value (`1_000`, `0x10`, `0o7`, `0b1`), or null past exact doubles. */
function parseInteger(text: string): number | null {
  const t = text.replace(/_/g, "").toLowerCase();
  if (/[lj]$/.test(t)) return null;
  let v: number;
  if (t.startsWith("0x")) v = parseInt(t.slice(2), 16);
  else if (t.startsWith("0o")) v = parseInt(t.slice(2), 8);
  else if (t.startsWith("0b")) v = parseInt(t.slice(2), 2);
  else v = Number(t);
  return Number.isSafeInteger(v) ? v : null;
}

/** An integer literal, possibly negated (`-1`), or null. */
function literalInt(node: SyntaxNode): number | null {
  if (node.type === "integer") return parseInteger(node.text);
  if (node.type === "unary_operator" && node.childForFieldName("operator")?.text === "-") {
    const arg = node.childForFieldName("argument");
    const v = arg ? literalInt(arg) : null;
    return v === null ? null : -v;
  }
  return null;
}

/** A plain string literal's value; null for f-strings and bytes (whose value the analysis does not need). */
function stringValue(node: SyntaxNode): string | null {
  if (node.namedChildren.some((c) => c.type === "interpolation")) return null;
  const start = node.namedChildren.find((c) => c.type === "string_start")?.text ?? "";
  if (/[bf]/i.test(start)) return null;
  const raw = /r/i.test(start);
  let out = "";
  for (const c of node.namedChildren) {
    if (c.type === "string_content") out += c.text;
    else if (c.type === "escape_sequence") out += raw ? c.text : unescape(c.text);
  }
  return out;
}

function unescape(seq: string): string {
  const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
  return map[seq.slice(1)] ?? seq;
}

