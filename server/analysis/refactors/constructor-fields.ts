/**
 * A class constructor's parameter as its methods can read it: the field that holds it for good.
 * `constructor(readonly hidden: number)` (a parameter property) and `this.hidden = hidden;` (a
 * statement of the constructor's body, the only write of the field in the class) both make
 * `this.hidden`, in a method of the same class, the value the parameter had. Used to copy a
 * constructor argument written with the parameter into a method (server/analysis/refactors/
 * add-initial-state.ts). Syntax only, parent links unset: it walks down from the root.
 */
import ts from "typescript";
import { isReassigned, pathTo, type Binding } from "./bindings";

/**
 * `this.<field>` that holds the constructor parameter `binding` (named `name`) where the code at
 * `to` runs with the class's instance as `this`; null when there is none.
 */
export function fieldHolding(sf: ts.SourceFile, binding: Binding, name: string, to: number): string | null {
  const ctor = binding.scope;
  if (binding.kind !== "parameter" || !ts.isConstructorDeclaration(ctor) || !ctor.body || isReassigned(sf, binding, name)) return null;
  const cls = instanceMethodClass(sf, to);
  if (!cls || !cls.members.includes(ctor)) return null;
  const param = ctor.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
  if (!param) return null;
  const isProperty = ts.getModifiers(param)?.some((m) => m.kind === ts.SyntaxKind.PublicKeyword || m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword || m.kind === ts.SyntaxKind.ReadonlyKeyword);
  const field = isProperty ? name : assignedField(ctor.body, name);
  if (field === null || writesOf(cls, field) !== (isProperty ? 0 : 1)) return null;
  // A field declared with an initializer, or a parameter property also declared, is written twice.
  if (cls.members.some((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === field && (m.initializer || isProperty))) return null;
  return `this.${field}`;
}

/** The class whose instance `this` is at `to`: `to` is in one of its non-static methods (arrow functions keep `this`). */
function instanceMethodClass(sf: ts.SourceFile, to: number): ts.ClassLikeDeclaration | null {
  const path = pathTo(sf, to);
  for (let i = path.length - 1; i >= 1; i--) {
    const n = path[i] as ts.Node;
    if (ts.isArrowFunction(n)) continue;
    if (ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) {
      const cls = path[i - 1] as ts.Node;
      const isStatic = ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
      return ts.isClassLike(cls) && !isStatic ? cls : null;
    }
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isClassStaticBlockDeclaration(n)) return null;
  }
  return null;
}

/** The field a top-level statement `this.<field> = <name>;` of the constructor's body writes. */
function assignedField(body: ts.Block, name: string): string | null {
  for (const s of body.statements) {
    if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression) || s.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const { left, right } = s.expression;
    if (ts.isIdentifier(right) && right.text === name && ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(left.name)) return left.name.text;
  }
  return null;
}

/** How many assignments to `this.<field>` (`=`, compound, `++`/`--`) the class makes, in any member. */
function writesOf(cls: ts.ClassLikeDeclaration, field: string): number {
  let n = 0;
  const isField = (e: ts.Expression): boolean => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isPropertyAccessExpression(e)) return e.expression.kind === ts.SyntaxKind.ThisKeyword && e.name.text === field;
    if (ts.isElementAccessExpression(e)) return e.expression.kind === ts.SyntaxKind.ThisKeyword;
    // A destructuring assignment may write it.
    return ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isField(node.left)) n++;
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) && isField(node.operand)) n++;
    ts.forEachChild(node, visit);
  };
  for (const m of cls.members) visit(m);
  return n;
}
