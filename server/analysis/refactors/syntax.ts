/**
 * Syntax questions the refactor offers ask of TypeScript's own tree (the one the analysis was
 * made from, parent links unset: everything here walks down from the root).
 */
import ts from "typescript";
import type { Span } from "../ir";

export function spanOf(node: ts.Node, sf: ts.SourceFile): Span {
  return { start: node.getStart(sf), end: node.end };
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The `new` expression whose span is exactly `span`, or null. */
export function newExpressionAt(sf: ts.SourceFile, span: Span): ts.NewExpression | null {
  let found: ts.NewExpression | null = null;
  const visit = (node: ts.Node): void => {
    if (found || node.end < span.end || node.pos > span.start) return;
    if (ts.isNewExpression(node) && node.getStart(sf) === span.start && node.end === span.end) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

/** A property's name when it is a plain identifier or string literal (not computed, not a number). */
export function propertyName(p: ts.ObjectLiteralElementLike): string | null {
  if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return null;
  const n = p.name;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  return null;
}

/** Every property is `name: value` or `name` with a plain name (no spread, computed key, method or accessor). */
export function isPlainObject(o: ts.ObjectLiteralExpression): boolean {
  return o.properties.every((p) => propertyName(p) !== null);
}

/** Options keys written in PyTorch's snake_case (`num_layers`), which a new key then follows. */
export function usesSnakeCase(o: ts.ObjectLiteralExpression | null): boolean {
  return o?.properties.some((p) => (propertyName(p) ?? "").includes("_")) ?? false;
}

/** Whether a comment lies in `text` between `from` and `to` (a gap between nodes: trivia and punctuation). */
export function hasComment(text: string, from: number, to: number): boolean {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text.slice(from, to));
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.SingleLineCommentTrivia || k === ts.SyntaxKind.MultiLineCommentTrivia) return true;
  }
  return false;
}

/** The number of identifiers spelled `name` in the file (declarations and uses alike). */
export function countIdentifiers(sf: ts.SourceFile, name: string): number {
  let n = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name) n++;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return n;
}

/**
 * The object literal a `const name = { ... }` declares, when the declaration's scope (the block,
 * function body or file it is in) contains `use`. Callers make sure the name is used nowhere
 * else, so the object is not shared, written or passed anywhere besides `use`.
 */
export function constObjectFor(sf: ts.SourceFile, name: string, use: Span): ts.ObjectLiteralExpression | null {
  let found: ts.ObjectLiteralExpression | null = null;
  const visit = (node: ts.Node, scope: Span): void => {
    if (found) return;
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const d of node.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer && ts.isObjectLiteralExpression(d.initializer) && within(use, scope)) {
          found = d.initializer;
          return;
        }
      }
    }
    const inner = ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseBlock(node) ? spanOf(node, sf) : scope;
    ts.forEachChild(node, (c) => visit(c, inner));
  };
  ts.forEachChild(sf, (c) => visit(c, { start: 0, end: sf.end }));
  return found;
}

/**
 * Expressions whose evaluation has no effect and cannot throw in ordinary code: literals,
 * names, property reads and arithmetic on them. Arguments made of these can be reordered.
 */
export function isPure(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isPure(e.expression);
  if (ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isBigIntLiteral(e) || ts.isIdentifier(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isPropertyAccessExpression(e)) return isPure(e.expression);
  if (ts.isPrefixUnaryExpression(e)) return (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken || e.operator === ts.SyntaxKind.ExclamationToken) && isPure(e.operand);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const arithmetic = op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken || op === ts.SyntaxKind.AsteriskToken || op === ts.SyntaxKind.SlashToken || op === ts.SyntaxKind.PercentToken;
    return arithmetic && isPure(e.left) && isPure(e.right);
  }
  return false;
}
