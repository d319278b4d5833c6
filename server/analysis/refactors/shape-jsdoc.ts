/**
 * Offer: write the shapes the analysis inferred for a function's tensor parameters and its
 * returned tensor as `@shape` tags in its JSDoc (`@shape x [seq, batch, 10]`,
 * `@shape return [seq, batch, 20]`; the syntax is frontends/typescript/annotations.ts'), merged
 * into the JSDoc it has (its text and tags kept) or in a new one.
 *
 * A shape is what every evaluation of the function the analysis made agrees on: each call site's,
 * and the function's own with symbolic parameters. A dim is written as the number (or the
 * expression of names that mean the same in the annotation) every evaluation that knows it has;
 * where evaluations differ, by the name the module that read the tensor gives it (`seq`,
 * `batch`), as the project writes them, unless that name is bound where the function is. A
 * parameter or a return the analysis does not know that well, or that already has an `@shape`,
 * is left alone; with nothing left to write there is no offer.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import type { Span } from "../ir";
import type { TensorValue, Value } from "../interpreter/values";
import { bindingAt, pathTo } from "./bindings";
import type { OfferContext } from "./types";

export interface ShapeJsdocData {
  /** Where a new JSDoc goes: the function's first token (a modifier or decorator included). */
  readonly declarationStart: number;
  /** The JSDoc right before the function, merged into; null: a new one is written. */
  readonly jsDoc: Span | null;
  /** Each tag's text after `@shape`, parameters in order then the return: `x [seq, batch, 10]`. */
  readonly tags: readonly string[];
}

export interface ShapeJsdocOffer {
  readonly title: string;
  readonly target: Span;
  readonly data: ShapeJsdocData;
}

type Annotatable = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ConstructorDeclaration;

/** The tags an annotation written in the trivia before a node declares (`x`, `return`; see annotations.ts). */
const SHAPE_TAG = /@shape\s+(?:([A-Za-z_$][\w$]*)\s+)?(\[[^\]\n]*\])/g;

/** Dims a module names after how it reads them, written by name. */
const NAMED_DIMS = new Set(["seq", "batch"]);

export function shapeJsdocOffers(ctx: OfferContext): ShapeJsdocOffer[] {
  const sf = ctx.sourceFile;
  const fn = functionAt(sf, ctx.range);
  // A new JSDoc goes on lines of its own above the function.
  if (!fn || !fn.body || !startsLine(sf.text, fn.getStart(sf))) return [];
  const written = writtenTargets(sf, fn);
  const bodyStart = fn.body.getStart(sf);
  const tags: string[] = [];
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken || written.has(p.name.text) || hasInlineShape(sf, p)) continue;
    const name = p.name;
    const values = ctx.analysis.facts.filter((f) => f.role === "declaration" && f.span.start === name.getStart(sf) && f.span.end === name.end).map((f) => f.value);
    const dims = agreedShape(sf, fn, values, bodyStart);
    if (dims) tags.push(`${name.text} ${dims}`);
  }
  if (!ts.isConstructorDeclaration(fn) && !written.has("return")) {
    const returned = returnedValues(ctx, fn.body);
    const dims = returned ? agreedShape(sf, fn, returned, bodyStart) : null;
    if (dims) tags.push(`return ${dims}`);
  }
  if (tags.length === 0) return [];
  const name = fn.name && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name)) ? fn.name.text : ts.isConstructorDeclaration(fn) ? "constructor" : "function";
  return [{ title: `Add the inferred shapes to ${name}'s JSDoc (@shape)`, target: { start: fn.getStart(sf), end: fn.body.getStart(sf) }, data: { declarationStart: fn.getStart(sf), jsDoc: jsDocOf(sf, fn), tags } }];
}

/** Whether only spaces and tabs come before `pos` on its line. */
function startsLine(text: string, pos: number): boolean {
  return /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", pos - 1) + 1, pos));
}

/** The function or method whose header (from its first token to its body) holds the selection. */
function functionAt(sf: ts.SourceFile, range: Span): Annotatable | null {
  const path = pathTo(sf, range.start);
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as ts.Node;
    if (!ts.isFunctionDeclaration(n) && !ts.isMethodDeclaration(n) && !ts.isConstructorDeclaration(n)) continue;
    if (!n.body) return null;
    return range.start >= n.getStart(sf) && range.end <= n.body.getStart(sf) ? n : null;
  }
  return null;
}

/** The targets the function's leading comments already annotate (`x`, `return`). */
function writtenTargets(sf: ts.SourceFile, fn: ts.Node): Set<string> {
  const trivia = sf.text.slice(fn.pos, fn.getStart(sf));
  const out = new Set<string>();
  SHAPE_TAG.lastIndex = 0;
  for (let m = SHAPE_TAG.exec(trivia); m; m = SHAPE_TAG.exec(trivia)) if (m[1]) out.add(m[1]);
  return out;
}

/** `/** @shape [..] *\/ x: Tensor`: the parameter's own annotation. */
function hasInlineShape(sf: ts.SourceFile, p: ts.ParameterDeclaration): boolean {
  return sf.text.slice(p.pos, p.getStart(sf)).includes("@shape");
}

/** The JSDoc comment that is the last thing before the function, if any. */
function jsDocOf(sf: ts.SourceFile, fn: ts.Node): Span | null {
  const ranges = ts.getLeadingCommentRanges(sf.text, fn.pos) ?? [];
  const last = ranges[ranges.length - 1];
  if (!last || last.kind !== ts.SyntaxKind.MultiLineCommentTrivia) return null;
  const text = sf.text.slice(last.pos, last.end);
  if (!text.startsWith("/**") || text === "/**/") return null;
  return { start: last.pos, end: last.end };
}

/**
 * The tensors every `return` of the body (not of nested functions) returned, as the analysis
 * recorded them; null when a return returns nothing or was never seen returning a tensor.
 */
function returnedValues(ctx: OfferContext, body: ts.Block): Value[] | null {
  const sf = ctx.sourceFile;
  const exprs: ts.Expression[] = [];
  let bare = false;
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) exprs.push(n.expression);
      else bare = true;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  if (bare || exprs.length === 0) return null;
  const out: Value[] = [];
  for (const e of exprs) {
    let inner: ts.Expression = e;
    while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
    const spans = [e, inner].map((x) => ({ start: x.getStart(sf), end: x.end }));
    const facts = ctx.analysis.facts.filter((f) => f.role === "return" && spans.some((s) => s.start === f.span.start && s.end === f.span.end));
    if (facts.length === 0) return null;
    out.push(...facts.map((f) => f.value));
  }
  return out;
}

/**
 * The shape every evaluation agrees on, as the annotation's text (`[seq, batch, 10]`), or null.
 * Evaluations that do not know the rank say nothing; one that knows it and is not a tensor, or
 * knows another rank, makes it unknown.
 */
function agreedShape(sf: ts.SourceFile, fn: Annotatable, values: readonly Value[], bodyStart: number): string | null {
  const tensors: TensorValue[] = [];
  for (const v of values) {
    if (v.t === "tensor") {
      if (v.shape) tensors.push(v);
    } else if (v.t !== "unknown") return null;
  }
  const first = tensors[0];
  if (!first?.shape || tensors.some((t) => t.shape?.length !== first.shape?.length)) return null;
  const dims: string[] = [];
  for (let i = 0; i < first.shape.length; i++) {
    const d = agreedDim(sf, fn, tensors, i, bodyStart);
    if (d === null) return null;
    dims.push(d);
  }
  return `[${dims.join(", ")}]`;
}

/**
 * A dim every evaluation that knows it agrees on; where evaluations differ, the name the module
 * that read the tensor gives it (`seq`, `batch`), when all that name it agree and the name is
 * free where the function is.
 */
function agreedDim(sf: ts.SourceFile, fn: Annotatable, tensors: readonly TensorValue[], i: number, bodyStart: number): string | null {
  let agreed: shapes.Dim | null = null;
  let differs = false;
  for (const t of tensors) {
    const d = t.shape?.[i];
    if (d === undefined || shapes.isUnknown(d)) continue;
    if (agreed !== null && shapes.dimEquals(agreed, d) !== "yes") differs = true;
    agreed ??= d;
  }
  if (agreed !== null && !differs) {
    if (typeof agreed === "number") return String(agreed);
    if (writableSymbols(sf, fn, agreed, bodyStart)) return shapes.formatDim(agreed);
  }
  // The function on its own, its parameters symbolic, gives the dim for every argument: the
  // numbers of its calls are instances of it.
  const general = new Set(tensors.flatMap((t) => {
    const d = t.shape?.[i];
    return d !== undefined && shapes.isSym(d) && ofParameters(fn, d) ? [shapes.formatDim(d)] : [];
  }));
  if (general.size === 1) return [...general][0] as string;
  const labels = new Set(tensors.map((t) => t.labels?.[i] ?? null).filter((l): l is string => l !== null));
  const label = labels.size === 1 ? ([...labels][0] as string) : null;
  if (label !== null && NAMED_DIMS.has(label) && bindingAt(sf, bodyStart, label) === null) return label;
  return null;
}

/** Whether every symbol of the dim is a parameter of the function (by name). */
function ofParameters(fn: Annotatable, d: shapes.SymDim): boolean {
  const params = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  return [...d.terms.keys()].every((mono) => mono === "" || mono.split("*").every((s) => params.has(s)));
}

/**
 * Whether each symbol of the dim is a name the annotation reads as that symbol: a parameter of
 * the function (the size it is given), or a name not bound where the function is (a new symbol).
 */
function writableSymbols(sf: ts.SourceFile, fn: Annotatable, d: shapes.Dim, bodyStart: number): boolean {
  if (typeof d === "number" || d.kind !== "sym") return false;
  const params = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  for (const mono of d.terms.keys()) {
    for (const s of mono === "" ? [] : mono.split("*")) {
      if (!/^[A-Za-z_$][\w$]*$/.test(s)) return false;
      if (!params.has(s) && bindingAt(sf, bodyStart, s) !== null) return false;
    }
  }
  return true;
}
