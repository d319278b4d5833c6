/**
 * The TypeScript/JavaScript frontend: lowers a parsed source file (TypeScript's own syntax tree,
 * no type checker) to the language-neutral IR. Everything the interpreter does not model is
 * lowered to `opaque` nodes whose parts are still visited, so unknown code never stops analysis.
 */
import ts from "typescript";
import type { BinaryOp, ClassDecl, ClassField, Expr, FunctionDecl, Param, Pattern, ShapeAnnotation, Span, Stmt, TypeHint } from "../../ir";
import { leadingShapeTags, type ParsedShapeTag } from "./annotations";

const BINARY_OPS: ReadonlyMap<ts.SyntaxKind, BinaryOp> = new Map([
  [ts.SyntaxKind.PlusToken, "+"],
  [ts.SyntaxKind.MinusToken, "-"],
  [ts.SyntaxKind.AsteriskToken, "*"],
  [ts.SyntaxKind.SlashToken, "/"],
  [ts.SyntaxKind.PercentToken, "%"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "**"],
  [ts.SyntaxKind.EqualsEqualsToken, "=="],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "=="],
  [ts.SyntaxKind.ExclamationEqualsToken, "!="],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "!="],
  [ts.SyntaxKind.LessThanToken, "<"],
  [ts.SyntaxKind.LessThanEqualsToken, "<="],
  [ts.SyntaxKind.GreaterThanToken, ">"],
  [ts.SyntaxKind.GreaterThanEqualsToken, ">="],
  [ts.SyntaxKind.AmpersandAmpersandToken, "&&"],
  [ts.SyntaxKind.BarBarToken, "||"],
  [ts.SyntaxKind.QuestionQuestionToken, "??"],
]);

const COMPOUND_ASSIGN: ReadonlyMap<ts.SyntaxKind, BinaryOp> = new Map([
  [ts.SyntaxKind.PlusEqualsToken, "+"],
  [ts.SyntaxKind.MinusEqualsToken, "-"],
  [ts.SyntaxKind.AsteriskEqualsToken, "*"],
  [ts.SyntaxKind.SlashEqualsToken, "/"],
]);

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return mods?.some((m) => m.kind === kind) ?? false;
}

/** Deeply nested input must not overflow the stack: past this depth, expressions are opaque. */
const MAX_DEPTH = 200;

export class Lowerer {
  private depth = 0;
  readonly exported: string[] = [];

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly text: string,
    /** Added to every offset (for annotation text parsed on its own). */
    private readonly shift = 0,
  ) {}

  /** Every span this lowering creates, when collecting (incremental reuse moves them after edits). */
  collected: Span[] | null = null;

  span(node: ts.Node): Span {
    const s = { start: node.getStart(this.sf) + this.shift, end: node.end + this.shift };
    this.collected?.push(s);
    return s;
  }

  private statements(list: readonly ts.Statement[]): Stmt[] {
    const out: Stmt[] = [];
    for (const s of list) out.push(...this.statement(s));
    return out;
  }

  private shapeTags(node: ts.Node): ParsedShapeTag[] {
    if (this.shift !== 0) return [];
    return leadingShapeTags(
      node,
      this.sf,
      (e, sf, shift) => {
        const sub = new Lowerer(sf, sf.text, shift);
        sub.collected = this.collected;
        return sub.expr(e);
      },
      (s) => this.collected?.push(s),
    );
  }

  private block(node: ts.Statement | undefined): Stmt[] {
    if (!node) return [];
    if (ts.isBlock(node)) return this.statements(node.statements);
    return this.statement(node);
  }

  statement(node: ts.Statement): Stmt[] {
    const span = this.span(node);
    if (ts.isVariableStatement(node)) {
      const exported = hasModifier(node, ts.SyntaxKind.ExportKeyword);
      const tags = this.shapeTags(node);
      const out: Stmt[] = [];
      for (const d of node.declarationList.declarations) {
        const imported = this.requireImport(d);
        if (imported) {
          out.push(imported);
          continue;
        }
        const pattern = this.pattern(d.name);
        if (exported) for (const n of patternNames(pattern)) this.exported.push(n);
        const own = tags.find((t) => t.target === null || (ts.isIdentifier(d.name) && t.target === d.name.text));
        out.push({ kind: "declare", pattern, init: d.initializer ? this.expr(d.initializer) : null, shape: own?.annotation ?? null, span: this.span(d) });
      }
      return out;
    }
    if (ts.isFunctionDeclaration(node)) {
      const decl = this.functionDecl(node, node.name?.text ?? null, node.name ? this.span(node.name) : null);
      if (decl.exported && decl.name) this.exported.push(decl.name);
      return [{ kind: "function", decl, span }];
    }
    if (ts.isClassDeclaration(node)) {
      const decl = this.classDecl(node);
      if (decl.exported && decl.name) this.exported.push(decl.name);
      return [{ kind: "class", decl, span }];
    }
    if (ts.isImportDeclaration(node)) return this.importDecl(node);
    if (ts.isExportDeclaration(node)) {
      const from = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null;
      const names: { exported: string; local: string }[] = [];
      if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const e of node.exportClause.elements) names.push({ exported: e.name.text, local: (e.propertyName ?? e.name).getText(this.sf) });
      } else if (node.exportClause && ts.isNamespaceExport(node.exportClause)) {
        // `export * as rl from "..."`: the whole module under one name.
        names.push({ exported: node.exportClause.name.text, local: "*" });
      } else if (!node.exportClause && from) {
        names.push({ exported: "*", local: "*" });
      }
      return [{ kind: "export", names, from, span }];
    }
    if (ts.isExpressionStatement(node)) return [this.expressionStatement(node.expression, span)];
    if (ts.isReturnStatement(node)) return [{ kind: "return", value: node.expression ? this.expr(node.expression) : null, span }];
    if (ts.isIfStatement(node)) {
      return [{ kind: "if", test: this.expr(node.expression), then: this.block(node.thenStatement), else: this.block(node.elseStatement), span }];
    }
    if (ts.isForStatement(node)) {
      // Fix: the update was lowered as an expression, so `t++` assigned nothing and the counter
      // kept its first value in every iteration the analyzer considered.
      const init: Stmt[] = [];
      if (node.initializer) {
        if (ts.isVariableDeclarationList(node.initializer)) {
          for (const d of node.initializer.declarations) {
            init.push({ kind: "declare", pattern: this.pattern(d.name), init: d.initializer ? this.expr(d.initializer) : null, shape: null, span: this.span(d) });
          }
        } else {
          init.push(this.expressionStatement(node.initializer, this.span(node.initializer)));
        }
      }
      return [{ kind: "loop", init, test: node.condition ? this.expr(node.condition) : null, update: node.incrementor ? [this.expressionStatement(node.incrementor, this.span(node.incrementor))] : [], each: null, body: this.block(node.statement), span }];
    }
    if (ts.isForOfStatement(node) || ts.isForInStatement(node)) {
      const target = ts.isVariableDeclarationList(node.initializer)
        ? this.pattern((node.initializer.declarations[0] as ts.VariableDeclaration).name)
        : ({ kind: "ignore", span: this.span(node.initializer) } as Pattern);
      const iterable = ts.isForInStatement(node) ? ({ kind: "opaque", parts: [this.expr(node.expression)], span: this.span(node.expression) } as Expr) : this.expr(node.expression);
      return [{ kind: "loop", init: [], test: null, update: [], each: { pattern: target, iterable }, body: this.block(node.statement), span }];
    }
    if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      return [{ kind: "loop", init: [], test: this.expr(node.expression), update: [], each: null, body: this.block(node.statement), span }];
    }
    if (ts.isBlock(node)) return [{ kind: "block", body: this.statements(node.statements), span }];
    if (ts.isTryStatement(node)) {
      const body = [...this.statements(node.tryBlock.statements), ...(node.catchClause ? this.statements(node.catchClause.block.statements) : []), ...(node.finallyBlock ? this.statements(node.finallyBlock.statements) : [])];
      return [{ kind: "opaque", body, exprs: [], span }];
    }
    if (ts.isSwitchStatement(node)) {
      const chain = this.switchAsIf(node, span);
      if (chain) return [chain];
      const body: Stmt[] = [];
      for (const c of node.caseBlock.clauses) body.push(...this.statements(c.statements));
      return [{ kind: "opaque", body, exprs: [this.expr(node.expression)], span }];
    }
    if (ts.isLabeledStatement(node)) return this.statement(node.statement);
    if (ts.isBreakStatement(node) || ts.isContinueStatement(node)) return [{ kind: "jump", jump: ts.isBreakStatement(node) ? "break" : "continue", label: node.label?.text ?? null, span }];
    if (ts.isImportEqualsDeclaration(node)) {
      // `import rl = require("rnnlens")`: a namespace import.
      const ref = node.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
        return [{ kind: "import", module: ref.expression.text, bindings: [{ imported: "*", local: node.name.text, span: this.span(node.name) }], span }];
      }
      return [];
    }
    if (ts.isThrowStatement(node)) return [{ kind: "opaque", body: [], exprs: node.expression ? [this.expr(node.expression)] : [], span }];
    return [];
  }

  /**
   * A switch whose cases do not fall through (each ends in `break`, `return`, `throw` or
   * `continue`, with no other `break` in it) on a discriminant without side effects is an if/else
   * chain: `case "lstm": ... break;` is `if (kind === "lstm") { ... }`, so a case a known value
   * does not select is dead code like any branch. Empty cases share the next one's body. Any other
   * switch stays opaque (each part may run).
   */
  private switchAsIf(node: ts.SwitchStatement, span: Span): Stmt | null {
    if (!isPure(node.expression)) return null;
    const clauses = node.caseBlock.clauses;
    const groups: { tests: ts.Expression[]; isDefault: boolean; body: readonly ts.Statement[] }[] = [];
    let pending: ts.Expression[] = [];
    let pendingDefault = false;
    for (const [i, c] of clauses.entries()) {
      if (ts.isCaseClause(c)) pending.push(c.expression);
      else pendingDefault = true;
      if (c.statements.length === 0 && i < clauses.length - 1) continue;
      const body = [...c.statements];
      const last = body[body.length - 1];
      const ends = last !== undefined && ((ts.isBreakStatement(last) && !last.label) || ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last));
      if (!ends && i < clauses.length - 1) return null;
      if (last && ts.isBreakStatement(last) && !last.label) body.pop();
      if (body.some(breaksOut)) return null;
      groups.push({ tests: pending, isDefault: pendingDefault, body });
      pending = [];
      pendingDefault = false;
    }
    const fallback = groups.find((g) => g.isDefault);
    let chain: Stmt[] = fallback ? this.statements(fallback.body) : [];
    for (const g of [...groups].reverse()) {
      if (g === fallback) continue;
      const test = g.tests
        .map((t): Expr => ({ kind: "binary", op: "==", left: this.expr(node.expression), right: this.expr(t), span: this.span(t) }))
        .reduce((a, b) => ({ kind: "binary", op: "||", left: a, right: b, span }));
      chain = [{ kind: "if", test, then: this.statements(g.body), else: chain, span }];
    }
    return chain[0] ?? { kind: "block", body: [], span };
  }

  /** `const { torch, nn } = require("rnnlens")` is an import. */
  private requireImport(d: ts.VariableDeclaration): Stmt | null {
    const init = d.initializer;
    if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== "require") return null;
    const arg = init.arguments[0];
    if (!arg || !ts.isStringLiteral(arg)) return null;
    const bindings: { imported: string; local: string; span: Span }[] = [];
    if (ts.isIdentifier(d.name)) bindings.push({ imported: "*", local: d.name.text, span: this.span(d.name) });
    else if (ts.isObjectBindingPattern(d.name)) {
      for (const el of d.name.elements) {
        if (!ts.isIdentifier(el.name)) continue;
        const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
        bindings.push({ imported, local: el.name.text, span: this.span(el.name) });
      }
    } else return null;
    return { kind: "import", module: arg.text, bindings, span: this.span(d) };
  }

  private importDecl(node: ts.ImportDeclaration): Stmt[] {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return [];
    const clause = node.importClause;
    const bindings: { imported: string; local: string; span: Span }[] = [];
    if (clause && !clause.isTypeOnly) {
      if (clause.name) bindings.push({ imported: "default", local: clause.name.text, span: this.span(clause.name) });
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) bindings.push({ imported: "*", local: nb.name.text, span: this.span(nb.name) });
      if (nb && ts.isNamedImports(nb)) {
        for (const el of nb.elements) {
          if (el.isTypeOnly) continue;
          bindings.push({ imported: (el.propertyName ?? el.name).text, local: el.name.text, span: this.span(el.name) });
        }
      }
    }
    return [{ kind: "import", module: node.moduleSpecifier.text, bindings, span: this.span(node) }];
  }

  private expressionStatement(e: ts.Expression, span: Span): Stmt {
    const inner = skipParens(e);
    if (ts.isBinaryExpression(inner)) {
      const op = inner.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken) {
        const target = ts.isArrayLiteralExpression(inner.left) || ts.isObjectLiteralExpression(inner.left) ? this.assignmentPattern(inner.left) : this.expr(inner.left);
        return { kind: "assign", target, value: this.expr(inner.right), span };
      }
      const compound = COMPOUND_ASSIGN.get(op);
      if (compound) {
        const left = this.expr(inner.left);
        return { kind: "assign", target: left, value: { kind: "binary", op: compound, left, right: this.expr(inner.right), span: this.span(inner) }, span };
      }
    }
    if ((ts.isPostfixUnaryExpression(inner) || ts.isPrefixUnaryExpression(inner)) && (inner.operator === ts.SyntaxKind.PlusPlusToken || inner.operator === ts.SyntaxKind.MinusMinusToken)) {
      // `t++` and `--t` as statements: `t = t + 1`, `t = t - 1`.
      const target = this.expr(inner.operand);
      const one: Expr = { kind: "number", value: 1, span: this.span(inner) };
      return { kind: "assign", target, value: { kind: "binary", op: inner.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", left: target, right: one, span: this.span(inner) }, span };
    }
    return { kind: "expression", expr: this.expr(e), span };
  }

  /** `[a, b] = f()` on the left of an assignment. */
  private assignmentPattern(node: ts.Expression): Pattern {
    const span = this.span(node);
    if (ts.isIdentifier(node)) return { kind: "bind", name: node.text, span };
    if (ts.isArrayLiteralExpression(node)) {
      return { kind: "arrayPattern", elements: node.elements.map((el) => (ts.isOmittedExpression(el) ? null : this.assignmentPattern(el))), span };
    }
    if (ts.isObjectLiteralExpression(node)) {
      const properties: { key: string; value: Pattern }[] = [];
      for (const p of node.properties) {
        if (ts.isShorthandPropertyAssignment(p)) properties.push({ key: p.name.text, value: { kind: "bind", name: p.name.text, span: this.span(p.name) } });
        else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) properties.push({ key: p.name.text, value: this.assignmentPattern(p.initializer) });
      }
      return { kind: "objectPattern", properties, span };
    }
    return { kind: "ignore", span };
  }

  pattern(node: ts.BindingName): Pattern {
    const span = this.span(node);
    if (ts.isIdentifier(node)) return { kind: "bind", name: node.text, span };
    if (ts.isArrayBindingPattern(node)) {
      return {
        kind: "arrayPattern",
        elements: node.elements.map((el) => (ts.isOmittedExpression(el) ? null : el.dotDotDotToken ? { kind: "ignore", span: this.span(el) } : this.pattern(el.name))),
        span,
      };
    }
    const properties: { key: string; value: Pattern }[] = [];
    for (const el of node.elements) {
      if (el.dotDotDotToken) continue;
      const key = el.propertyName ? (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName) ? el.propertyName.text : null) : ts.isIdentifier(el.name) ? el.name.text : null;
      if (key !== null) properties.push({ key, value: this.pattern(el.name) });
    }
    return { kind: "objectPattern", properties, span };
  }

  private typeHint(type: ts.TypeNode | undefined): TypeHint {
    if (!type) return null;
    if (type.kind === ts.SyntaxKind.NumberKeyword) return "number";
    if (type.kind === ts.SyntaxKind.BooleanKeyword) return "boolean";
    if (type.kind === ts.SyntaxKind.StringKeyword) return "string";
    if (ts.isTypeReferenceNode(type)) {
      const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
      return name === "Tensor" ? "tensor" : "other";
    }
    return "other";
  }

  private functionDecl(node: ts.SignatureDeclarationBase & { body?: ts.ConciseBody | undefined }, name: string | null, nameSpan: Span | null): FunctionDecl {
    const tags = this.shapeTags(node);
    const params: Param[] = node.parameters.map((p) => {
      const pattern = this.pattern(p.name);
      // `@shape x [..]` on the function, or `/** @shape [..] */` right before the parameter.
      const tag = (ts.isIdentifier(p.name) ? tags.find((t) => t.target === (p.name as ts.Identifier).text) : undefined) ?? this.shapeTags(p).find((t) => t.target === null);
      return { pattern, defaultValue: p.initializer ? this.expr(p.initializer) : null, typeHint: this.typeHint(p.type), shape: tag?.annotation ?? null, rest: p.dotDotDotToken !== undefined };
    });
    const returnTag = tags.find((t) => t.target === "return");
    let body: Stmt[] = [];
    if (node.body) {
      if (ts.isBlock(node.body)) body = this.statements(node.body.statements);
      else body = [{ kind: "return", value: this.expr(node.body), span: this.span(node.body) }];
    }
    return { name, nameSpan, params, body, span: this.span(node), exported: hasModifier(node, ts.SyntaxKind.ExportKeyword), returnShape: returnTag?.annotation ?? null };
  }

  private classDecl(node: ts.ClassLikeDeclaration): ClassDecl {
    const fields: ClassField[] = [];
    const methods: FunctionDecl[] = [];
    let ctor: FunctionDecl | null = null;
    for (const m of node.members) {
      if (ts.isPropertyDeclaration(m) && (ts.isIdentifier(m.name) || ts.isPrivateIdentifier(m.name))) {
        if (hasModifier(m, ts.SyntaxKind.StaticKeyword)) continue;
        const tag = this.shapeTags(m).find((t) => t.target === null);
        fields.push({ name: m.name.text, nameSpan: this.span(m.name), value: m.initializer ? this.expr(m.initializer) : null, shape: tag?.annotation ?? null });
      } else if (ts.isConstructorDeclaration(m)) {
        const decl = this.functionDecl(m, "constructor", null);
        // Parameter properties (`constructor(private hidden: number)`) assign fields first.
        const implicit: Stmt[] = [];
        m.parameters.forEach((p) => {
          const isProperty = ts.getModifiers(p)?.some((mod) => mod.kind === ts.SyntaxKind.PublicKeyword || mod.kind === ts.SyntaxKind.PrivateKeyword || mod.kind === ts.SyntaxKind.ProtectedKeyword || mod.kind === ts.SyntaxKind.ReadonlyKeyword);
          if (isProperty && ts.isIdentifier(p.name)) {
            const s = this.span(p.name);
            implicit.push({ kind: "assign", target: { kind: "member", object: { kind: "this", span: s }, property: p.name.text, span: s, propertySpan: s }, value: { kind: "name", name: p.name.text, span: s }, span: s });
          }
        });
        ctor = implicit.length > 0 ? { ...decl, body: [...implicit, ...decl.body] } : decl;
      } else if ((ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m)) && (ts.isIdentifier(m.name) || ts.isPrivateIdentifier(m.name) || ts.isStringLiteral(m.name))) {
        if (hasModifier(m, ts.SyntaxKind.StaticKeyword)) continue;
        methods.push(this.functionDecl(m, m.name.text, this.span(m.name)));
      }
    }
    const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return {
      name: node.name?.text ?? null,
      nameSpan: node.name ? this.span(node.name) : null,
      superclass: heritage ? this.expr(heritage.expression) : null,
      fields,
      constructorDecl: ctor,
      methods,
      exported: hasModifier(node, ts.SyntaxKind.ExportKeyword),
      span: this.span(node),
    };
  }

  expr(node: ts.Expression): Expr {
    if (this.depth > MAX_DEPTH) return { kind: "opaque", parts: [], span: this.span(node) };
    this.depth++;
    try {
      return this.exprInner(node);
    } finally {
      this.depth--;
    }
  }

  private exprInner(node: ts.Expression): Expr {
    const span = this.span(node);
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral:
        return { kind: "number", value: Number((node as ts.NumericLiteral).text), span };
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return { kind: "string", value: (node as ts.StringLiteral).text, span };
      case ts.SyntaxKind.TrueKeyword:
        return { kind: "boolean", value: true, span };
      case ts.SyntaxKind.FalseKeyword:
        return { kind: "boolean", value: false, span };
      case ts.SyntaxKind.NullKeyword:
        return { kind: "nullish", span };
      case ts.SyntaxKind.ThisKeyword:
        return { kind: "this", span };
      case ts.SyntaxKind.Identifier: {
        const name = (node as ts.Identifier).text;
        return name === "undefined" ? { kind: "nullish", span } : { kind: "name", name, span };
      }
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node) || ts.isAwaitExpression(node)) {
      return this.expr(node.expression);
    }
    if (ts.isPropertyAccessExpression(node)) {
      return { kind: "member", object: this.expr(node.expression), property: node.name.text, span, propertySpan: this.span(node.name) };
    }
    if (ts.isElementAccessExpression(node)) {
      const arg = node.argumentExpression;
      if (ts.isStringLiteral(arg)) return { kind: "member", object: this.expr(node.expression), property: arg.text, span, propertySpan: this.span(arg) };
      return { kind: "index", object: this.expr(node.expression), index: this.expr(arg), span };
    }
    if (ts.isCallExpression(node)) return { kind: "call", callee: this.expr(node.expression), args: node.arguments.map((a) => this.argument(a)), span, optional: node.questionDotToken !== undefined };
    if (ts.isNewExpression(node)) return { kind: "new", callee: this.expr(node.expression), args: (node.arguments ?? []).map((a) => this.argument(a)), span };
    if (ts.isArrayLiteralExpression(node)) return { kind: "array", elements: node.elements.map((e) => this.argument(e)), span };
    if (ts.isObjectLiteralExpression(node)) {
      const properties: ({ key: string; value: Expr; keySpan: Span } | { key: null; value: Expr; keySpan: Span })[] = [];
      let open = false;
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) {
          properties.push({ key: p.name.text, value: this.expr(p.initializer), keySpan: this.span(p.name) });
        } else if (ts.isShorthandPropertyAssignment(p)) {
          properties.push({ key: p.name.text, value: { kind: "name", name: p.name.text, span: this.span(p.name) }, keySpan: this.span(p.name) });
        } else if (ts.isSpreadAssignment(p)) {
          properties.push({ key: null, value: this.expr(p.expression), keySpan: this.span(p) });
        } else if (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
          // A computed key, a method or an accessor: some key is unknowable.
          open = true;
        }
      }
      return { kind: "object", properties, open, span };
    }
    if (ts.isBinaryExpression(node)) {
      const op = BINARY_OPS.get(node.operatorToken.kind);
      if (op) return { kind: "binary", op, left: this.expr(node.left), right: this.expr(node.right), span };
      return { kind: "opaque", parts: [this.expr(node.left), this.expr(node.right)], span };
    }
    if (ts.isPrefixUnaryExpression(node)) {
      const operand = this.expr(node.operand);
      if (node.operator === ts.SyntaxKind.MinusToken) return { kind: "unary", op: "-", operand, span };
      if (node.operator === ts.SyntaxKind.PlusToken) return { kind: "unary", op: "+", operand, span };
      if (node.operator === ts.SyntaxKind.ExclamationToken) return { kind: "unary", op: "!", operand, span };
      return { kind: "opaque", parts: [operand], span };
    }
    if (ts.isConditionalExpression(node)) return { kind: "conditional", test: this.expr(node.condition), then: this.expr(node.whenTrue), else: this.expr(node.whenFalse), span };
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      return { kind: "function", fn: this.functionDecl(node, ts.isFunctionExpression(node) ? (node.name?.text ?? null) : null, null), span };
    }
    if (ts.isClassExpression(node)) return { kind: "opaque", parts: [], span };
    // Templates, spreads, typeof, delete, ... : visit what they contain, value unknown.
    const parts: Expr[] = [];
    node.forEachChild((child) => {
      if (isExpressionNode(child)) parts.push(this.expr(child));
    });
    return { kind: "opaque", parts, span };
  }

  private argument(node: ts.Expression): Expr {
    if (ts.isSpreadElement(node)) return { kind: "spread", expr: this.expr(node.expression), span: this.span(node) };
    if (ts.isOmittedExpression(node)) return { kind: "nullish", span: this.span(node) };
    return this.expr(node);
  }
}

/** An expression whose evaluation has no effects (it may be evaluated once per case). */
function isPure(e: ts.Expression): boolean {
  const x = skipParens(e);
  if (ts.isIdentifier(x) || ts.isStringLiteral(x) || ts.isNumericLiteral(x) || x.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isPropertyAccessExpression(x)) return isPure(x.expression);
  return false;
}

/** A `break` that leaves the switch from inside a case (not from a loop or switch of its own). */
function breaksOut(s: ts.Node): boolean {
  if (ts.isBreakStatement(s)) return !s.label;
  if (ts.isIterationStatement(s, false) || ts.isSwitchStatement(s) || ts.isFunctionLike(s) || ts.isClassLike(s)) return false;
  return ts.forEachChild(s, (c) => (breaksOut(c) ? true : undefined)) ?? false;
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function isExpressionNode(n: ts.Node): n is ts.Expression {
  return ts.isExpression(n as ts.Node) && !ts.isToken(n) ;
}

export function patternNames(p: Pattern): string[] {
  switch (p.kind) {
    case "bind":
      return [p.name];
    case "arrayPattern":
      return p.elements.flatMap((e) => (e ? patternNames(e) : []));
    case "objectPattern":
      return p.properties.flatMap((e) => patternNames(e.value));
    case "ignore":
      return [];
  }
}


