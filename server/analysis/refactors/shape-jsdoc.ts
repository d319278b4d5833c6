/**
 * Offer: write the shapes the analysis inferred for a function's tensor parameters and its
 * returned tensor as `@shape` tags in its JSDoc (`@shape x [seq, batch, 10]`,
 * `@shape return [seq, batch, 20]`; the syntax is frontends/typescript/annotations.ts'), merged
 * into the JSDoc it has (its text and tags kept) or in a new one.
 *
 * A written `@shape` is a contract every caller is held to, so a dim is written as a number only
 * where the function's own code fixes it: every evaluation the analysis made, the function's own
 * with symbolic parameters included, knows that number (a constant of its code), or a module of
 * its code that is the same in every evaluation reads or makes the tensor and requires it (the
 * feature size of a layer it calls). A number that only its calls pass is not written as one:
 * that dim is the expression of the function's parameters its own evaluation gives, else the
 * name the module that reads or makes the tensor gives it (`seq`, `batch`), as the project writes
 * them, unless that name is bound where the function is. A parameter or a return with a dim none
 * of these gives, or that already has an `@shape`, is left alone; with nothing left to write
 * there is no offer.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import type { Span } from "../ir";
import type { TensorValue, Value } from "../interpreter/values";
import { expectedShapes } from "../interpreter/engine-api";
import type { Fact } from "../interpreter/context";
import type { ModuleValue } from "../interpreter/values";
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
    const dims = agreedShape(sf, fn, values, bodyStart, (rank) => inputEvidence(ctx.analysis.facts, values, rank));
    if (dims) tags.push(`${name.text} ${dims}`);
  }
  if (!ts.isConstructorDeclaration(fn) && !written.has("return")) {
    const returned = returnedValues(ctx, fn.body);
    const dims = returned ? agreedShape(sf, fn, returned, bodyStart, (rank) => outputEvidence(ctx.analysis.facts, returned, rank)) : null;
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
 * What the function's modules say of each dim of a tensor: the number a module that is the same
 * in every evaluation fixes, or the name it reads the dim by (`seq`, `batch`); null: nothing.
 */
type Evidence = readonly (number | string | null)[];

/**
 * The shape every evaluation agrees on, as the annotation's text (`[seq, batch, 10]`), or null.
 * Evaluations that do not know the rank say nothing of it; one that knows it and is not a tensor,
 * or knows another rank, makes it unknown. A number is written only where every evaluation knows
 * it (the function's own one included: an evaluation that does not know a dim leaves it to the
 * calls) or the function's modules fix it (`evidence`).
 */
function agreedShape(sf: ts.SourceFile, fn: Annotatable, values: readonly Value[], bodyStart: number, evidence: (rank: number) => Evidence): string | null {
  const tensors: TensorValue[] = [];
  // Only a function the analysis also ran on its own has an evaluation that is not a call's.
  let everyKnows = analyzedOnItsOwn(sf, fn);
  for (const v of values) {
    if (v.t === "tensor") {
      if (v.shape) tensors.push(v);
      else everyKnows = false;
    } else if (v.t !== "unknown") return null;
    else everyKnows = false;
  }
  const first = tensors[0];
  if (!first?.shape || tensors.some((t) => t.shape?.length !== first.shape?.length)) return null;
  const fixed = evidence(first.shape.length);
  const dims: string[] = [];
  for (let i = 0; i < first.shape.length; i++) {
    const d = agreedDim(sf, fn, tensors, i, bodyStart, everyKnows, fixed[i] ?? null);
    // Two dims named alike would claim they are equal.
    if (d === null || (NAMED_DIMS.has(d) && dims.includes(d))) return null;
    dims.push(d);
  }
  return `[${dims.join(", ")}]`;
}

/**
 * Whether the interpreter ran the function on its own (interpreter.ts' analyzeDeclarations): a
 * top-level function, or a method or constructor of a top-level class.
 */
function analyzedOnItsOwn(sf: ts.SourceFile, fn: Annotatable): boolean {
  // The syntax tree has no parent links: the path from the file down to the function.
  const path = pathTo(sf, fn.getStart(sf));
  const above = path.slice(1, path.indexOf(fn));
  if (ts.isFunctionDeclaration(fn)) return above.length === 0;
  return above.length === 1 && above[0] !== undefined && ts.isClassDeclaration(above[0]);
}

/**
 * A dim every evaluation knows and agrees on, as a number when every one knows it or a module of
 * the function fixes it; else the expression of the function's parameters its own evaluation
 * gives; else the name the module that read the tensor gives it (`seq`, `batch`), when all that
 * name it agree and the name is free where the function is.
 */
function agreedDim(sf: ts.SourceFile, fn: Annotatable, tensors: readonly TensorValue[], i: number, bodyStart: number, everyKnows: boolean, fixed: number | string | null): string | null {
  let agreed: shapes.Dim | null = null;
  let differs = false;
  let known = everyKnows;
  for (const t of tensors) {
    const d = t.shape?.[i];
    if (d === undefined || shapes.isUnknown(d)) {
      known = false;
      continue;
    }
    if (agreed !== null && shapes.dimEquals(agreed, d) !== "yes") differs = true;
    agreed ??= d;
  }
  if (!differs) {
    if (typeof agreed === "number" && (known || fixed === agreed)) return String(agreed);
    if (agreed === null && typeof fixed === "number") return String(fixed);
    if (agreed !== null && typeof agreed !== "number" && writableSymbols(sf, fn, agreed, bodyStart)) return shapes.formatDim(agreed);
  }
  // The function on its own, its parameters symbolic, gives the dim for every argument: the
  // numbers of its calls are instances of it.
  const general = new Set(tensors.flatMap((t) => {
    const d = t.shape?.[i];
    return d !== undefined && shapes.isSym(d) && ofParameters(fn, d) ? [shapes.formatDim(d)] : [];
  }));
  if (general.size === 1) return [...general][0] as string;
  const labels = new Set(tensors.map((t) => t.labels?.[i] ?? null).filter((l): l is string => l !== null));
  if (typeof fixed === "string" && labels.size === 0) labels.add(fixed);
  const label = labels.size === 1 ? ([...labels][0] as string) : null;
  if (label !== null && NAMED_DIMS.has(label) && bindingAt(sf, bodyStart, label) === null) return label;
  return null;
}

/**
 * What the modules the function passes a parameter's tensors to say of its dims: the input (or
 * h0) a recurrent module, Linear or Embedding expects, where that module is the same in every
 * evaluation of its call.
 */
function inputEvidence(facts: readonly Fact[], values: readonly Value[], rank: number): Evidence {
  const batch = shapes.sym("batch");
  const seq = shapes.sym("seq");
  const found: Evidence[] = [];
  for (const call of facts) {
    if (call.role !== "call" || !call.module || !call.args) continue;
    const at = call.args.findIndex((a) => values.includes(a));
    if (at !== 0 && at !== 1) continue;
    const m = sameModuleEverywhere(facts, call);
    const expected = m ? expectedShapes(m, batch, seq) : null;
    const dims = at === 0 ? expected?.input : expected?.h0;
    if (!dims) continue;
    const named = dims.map((d): number | string | null => (typeof d === "number" ? d : d === batch ? "batch" : d === seq ? "seq" : null));
    if (named.length === rank) found.push(named);
    // A Linear reads any number of leading dims: only its features are fixed.
    else if (m?.kind === "Linear" && rank >= 1) found.push([...Array<null>(rank - 1).fill(null), named[named.length - 1] ?? null]);
  }
  return mergeEvidence(found, rank);
}

/**
 * What the modules whose results the function returns say of the returned tensor's dims: a
 * Linear's or Embedding's last dim, and a recurrent module's sizes other than the sequence and
 * the batch (their labels), where that module is the same in every evaluation of its call.
 */
function outputEvidence(facts: readonly Fact[], returned: readonly Value[], rank: number): Evidence {
  const found: Evidence[] = [];
  for (const t of returned) {
    if (t.t !== "tensor" || !t.shape || t.shape.length !== rank) continue;
    const shape = t.shape;
    for (const call of facts) {
      if (call.role !== "call" || !call.module || !holds(call.value, t)) continue;
      const m = sameModuleEverywhere(facts, call);
      if (!m) continue;
      if (m.config) {
        found.push(shape.map((d, i) => {
          const label = t.labels?.[i] ?? null;
          return label !== null && NAMED_DIMS.has(label) ? label : typeof d === "number" ? d : null;
        }));
      } else if (m.features && rank >= 1 && typeof m.features.outFeatures === "number") {
        found.push([...Array<null>(rank - 1).fill(null), m.features.outFeatures]);
      }
    }
  }
  return mergeEvidence(found, rank);
}

/** Whether the value is the tensor or holds it (a tuple of outputs and states). */
function holds(v: Value, t: Value): boolean {
  return v === t || (v.t === "tuple" && v.items.some((x) => holds(x, t)));
}

/** Per dim, what all the evidence says alike; null where it differs. */
function mergeEvidence(found: readonly Evidence[], rank: number): Evidence {
  return Array.from({ length: rank }, (_, i) => {
    const said = new Set(found.map((e) => e[i] ?? null));
    return said.size === 1 ? ([...said][0] as number | string | null) : null;
  });
}

/**
 * The module a forward call calls, when every evaluation of that call (the function's own one
 * with symbolic parameters included) calls one of the same kind and the same sizes, all numbers:
 * then those sizes are the function's code's, not a caller's.
 */
function sameModuleEverywhere(facts: readonly Fact[], call: Fact): ModuleValue | null {
  const m = call.module;
  if (!m) return null;
  const key = moduleKey(m);
  if (key === null) return null;
  for (const f of facts) {
    if (f.role !== "call" || f.span.start !== call.span.start || f.span.end !== call.span.end) continue;
    if (!f.module || moduleKey(f.module) !== key) return null;
  }
  return m;
}

/** The module's kind and sizes as text when they are all numbers; null otherwise. */
function moduleKey(m: ModuleValue): string | null {
  const sizes: unknown[] = m.config ? Object.values(m.config) : m.features ? [m.features.inFeatures, m.features.outFeatures] : [];
  if (sizes.length === 0 || sizes.some((v) => typeof v === "object" && v !== null && !Array.isArray(v))) return null;
  return `${m.kind}:${JSON.stringify(sizes)}`;
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
