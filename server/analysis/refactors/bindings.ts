/**
 * Which declaration a name refers to at a place in a file, from TypeScript's syntax tree alone
 * (no checker, parent links unset: it walks down from the root). Refactors that copy an
 * expression from one place to another ask it whether each name in the copy means, where it
 * lands, what it meant where it was written, and whether that binding ever changes.
 *
 * It knows JavaScript's scopes: a file, a block, a function's parameters and its `var`s and
 * nested function declarations (hoisted), a `for` header, a `catch` clause, a class or function
 * expression's own name. It errs on the side of "not the same": a name it cannot place resolves
 * to null.
 */
import ts from "typescript";

export interface Binding {
  /** The declaring identifier's start (identifies the binding). */
  readonly at: number;
  readonly kind: "const" | "let" | "var" | "parameter" | "function" | "class" | "import" | "other";
  /** The node whose scope the binding belongs to (a block, function-like or file). */
  readonly scope: ts.Node;
}

/** The nodes from the file down to the innermost one that contains `pos` (start inclusive, end exclusive). */
export function pathTo(sf: ts.SourceFile, pos: number): ts.Node[] {
  const path: ts.Node[] = [sf];
  let node: ts.Node = sf;
  for (;;) {
    let next: ts.Node | undefined;
    ts.forEachChild(node, (c) => {
      if (next === undefined && c.getStart(sf) <= pos && pos < c.end) next = c;
    });
    if (!next) return path;
    path.push(next);
    node = next;
  }
}

function namesOfBindingName(name: ts.BindingName, out: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) {
    out.push(name);
    return;
  }
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) namesOfBindingName(el.name, out);
}

function listKind(list: ts.VariableDeclarationList): Binding["kind"] {
  if (list.flags & ts.NodeFlags.Const) return "const";
  if (list.flags & ts.NodeFlags.Let) return "let";
  if (list.flags & (ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) return "const";
  return "var";
}

/** `var` declarations anywhere in a function body (not in nested functions): they belong to the function. */
function hoistedVars(body: ts.Node, name: string, scope: ts.Node): Binding | null {
  let found: Binding | null = null;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isVariableDeclarationList(n) && listKind(n) === "var") {
      for (const d of n.declarations) {
        const ids: ts.Identifier[] = [];
        namesOfBindingName(d.name, ids);
        const id = ids.find((i) => i.text === name);
        if (id) {
          found = { at: id.getStart(), kind: "var", scope };
          return;
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** A declaration of `name` that `stmt` (a statement of a block or file) makes in that block. */
function declaredByStatement(stmt: ts.Statement, name: string, scope: ts.Node, sf: ts.SourceFile): Binding | null {
  if (ts.isVariableStatement(stmt)) {
    const kind = listKind(stmt.declarationList);
    if (kind === "var") return null; // found by hoistedVars
    for (const d of stmt.declarationList.declarations) {
      const ids: ts.Identifier[] = [];
      namesOfBindingName(d.name, ids);
      const id = ids.find((i) => i.text === name);
      if (id) return { at: id.getStart(sf), kind, scope };
    }
  }
  if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && stmt.name?.text === name) {
    return { at: stmt.name.getStart(sf), kind: ts.isFunctionDeclaration(stmt) ? "function" : ts.isClassDeclaration(stmt) ? "class" : "other", scope };
  }
  if (ts.isImportDeclaration(stmt) && stmt.importClause) {
    const c = stmt.importClause;
    if (c.name?.text === name) return { at: c.name.getStart(sf), kind: "import", scope };
    const nb = c.namedBindings;
    if (nb && ts.isNamespaceImport(nb) && nb.name.text === name) return { at: nb.name.getStart(sf), kind: "import", scope };
    if (nb && ts.isNamedImports(nb)) {
      const el = nb.elements.find((e) => e.name.text === name);
      if (el) return { at: el.name.getStart(sf), kind: "import", scope };
    }
  }
  if (ts.isImportEqualsDeclaration(stmt) && stmt.name.text === name) return { at: stmt.name.getStart(sf), kind: "import", scope };
  return null;
}

/** The declaration `name` made directly in `node`'s scope, if `node` is a scope and makes one. */
function declaredIn(node: ts.Node, name: string, sf: ts.SourceFile): Binding | null {
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node)) {
    for (const s of node.statements) {
      const b = declaredByStatement(s, name, node, sf);
      if (b) return b;
    }
    if (ts.isSourceFile(node)) return hoistedVars(node, name, node);
    return null;
  }
  if (ts.isCaseBlock(node)) {
    for (const clause of node.clauses) {
      for (const s of clause.statements) {
        const b = declaredByStatement(s, name, node, sf);
        if (b) return b;
      }
    }
    return null;
  }
  if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) {
      const ids: ts.Identifier[] = [];
      namesOfBindingName(p.name, ids);
      const id = ids.find((i) => i.text === name);
      if (id) return { at: id.getStart(sf), kind: "parameter", scope: node };
    }
    const body = (node as { body?: ts.Node }).body;
    if (body && ts.isBlock(body)) {
      const v = hoistedVars(body, name, node);
      if (v) return v;
    }
    if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name?.text === name) return { at: node.name.getStart(sf), kind: "other", scope: node };
    return null;
  }
  if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    const kind = listKind(node.initializer);
    if (kind === "var") return null;
    for (const d of node.initializer.declarations) {
      const ids: ts.Identifier[] = [];
      namesOfBindingName(d.name, ids);
      const id = ids.find((i) => i.text === name);
      if (id) return { at: id.getStart(sf), kind, scope: node };
    }
    return null;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration) {
    const ids: ts.Identifier[] = [];
    namesOfBindingName(node.variableDeclaration.name, ids);
    const id = ids.find((i) => i.text === name);
    if (id) return { at: id.getStart(sf), kind: "let", scope: node };
    return null;
  }
  if (ts.isClassExpression(node) && node.name?.text === name) return { at: node.name.getStart(sf), kind: "class", scope: node };
  return null;
}

/** The binding `name` refers to at `pos`, or null when the file does not declare it there (a global). */
export function bindingAt(sf: ts.SourceFile, pos: number, name: string): Binding | null {
  const path = pathTo(sf, pos);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i] as ts.Node;
    // A function's parameters are in scope in its body and in later parameters' defaults, not in its name.
    const b = declaredIn(node, name, sf);
    if (b) return b;
  }
  return null;
}

/** Whether the binding is assigned anywhere after its declaration (`x = ...`, `x += ...`, `x++`, a for-in/of target). */
export function isReassigned(sf: ts.SourceFile, b: Binding, name: string): boolean {
  if (b.kind === "const" || b.kind === "import") return false;
  let found = false;
  const target = (e: ts.Expression): void => {
    if (found) return;
    if (ts.isParenthesizedExpression(e)) return target(e.expression);
    if (ts.isIdentifier(e)) {
      if (e.text === name && bindingAt(sf, e.getStart(sf), name)?.at === b.at) found = true;
      return;
    }
    // Destructuring assignment: `[a, b] = ...`, `({ a } = ...)`.
    if (ts.isArrayLiteralExpression(e)) for (const el of e.elements) target(ts.isSpreadElement(el) ? el.expression : el);
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isShorthandPropertyAssignment(p)) target(p.name);
        else if (ts.isPropertyAssignment(p)) target(p.initializer);
        else if (ts.isSpreadAssignment(p)) target(p.expression);
      }
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) target(e.left);
  };
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target(n.left);
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target(n.operand);
    if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && !ts.isVariableDeclarationList(n.initializer)) target(n.initializer);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

/**
 * Whether `name` at `to` refers to the binding it refers to at `from`, and that binding never
 * changes: an expression of it means the same at both places.
 */
export function sameStableBinding(sf: ts.SourceFile, name: string, from: number, to: number): boolean {
  const a = bindingAt(sf, from, name);
  const b = bindingAt(sf, to, name);
  if (!a || !b || a.at !== b.at) return false;
  return !isReassigned(sf, a, name);
}
