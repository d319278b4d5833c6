/**
 * Offer: write the shapes the analysis inferred for a function's tensor parameters and its
 * returned tensor as `@shape` tags in its JSDoc (`@shape x [seq, batch, 10]`,
 * `@shape return [seq, batch, 20]`; the syntax is frontends/typescript/annotations.ts'), merged
 * into the JSDoc it has (its text and tags kept) or in a new one.
 *
 * A written `@shape` is a contract every caller is held to, so a dim is written as a number only
 * where the function's own code fixes it: every evaluation the analysis made, the function's own
 * with symbolic parameters included, knows that number (a constant of its code), or a module of
 * its code reads or makes the tensor and requires it, with that size in every evaluation (the
 * feature size of a layer it calls). A number that only its calls pass is not written as one:
 * that dim is the expression of the function's parameters its own evaluation gives, else the
 * name the module that reads or makes the tensor gives it (`seq`, `batch`), as the project writes
 * them, else the name of the symbol the function's own evaluation has there (`hiddenSize`), each
 * unless that name is bound where the function is. A parameter or a return with a dim none
 * of these gives, or that already has an `@shape`, is left alone; with nothing left to write
 * there is no offer.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import type { Span } from "../ir";
import { UNKNOWN_VALUE, type ModuleValue, type TensorValue, type Value } from "../interpreter/values";
import { expectedShapes } from "../interpreter/engine-api";
import type { Fact } from "../interpreter/context";
import { bindingAt, pathTo } from "./bindings";
import { startsLine } from "./indentation";
import { spanOf } from "./syntax";
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
  // How many times the analysis evaluated the function: once per evaluation, it binds each parameter.
  const evaluations = Math.max(0, ...fn.parameters.map((p) => ctx.analysis.facts.filter((f) => f.role === "declaration" && f.span.start === p.name.getStart(sf) && f.span.end === p.name.end).length));
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken || written.has(p.name.text) || hasInlineShape(sf, p)) continue;
    const name = p.name;
    const values = ctx.analysis.facts.filter((f) => f.role === "declaration" && f.span.start === name.getStart(sf) && f.span.end === name.end).map((f) => f.value);
    const dims = agreedShape(sf, fn, values, true, bodyStart, (rank) => inputEvidence(ctx.analysis.facts, values, rank));
    if (dims) tags.push(`${name.text} ${dims}`);
  }
  if (!ts.isConstructorDeclaration(fn) && !written.has("return")) {
    const returned = returnedValues(ctx, fn.body);
    // An evaluation that returned no tensor records no return: fewer returns than evaluations.
    const dims = returned ? agreedShape(sf, fn, returned, returned.length >= evaluations, bodyStart, (rank) => outputEvidence(ctx.analysis.facts, returned, rank, Math.max(evaluations, returned.length))) : null;
    if (dims) tags.push(`return ${dims}`);
  }
  if (tags.length === 0) return [];
  const name = fn.name && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name)) ? fn.name.text : ts.isConstructorDeclaration(fn) ? "constructor" : "function";
  return [{ title: `Add the inferred shapes to ${name}'s JSDoc (@shape)`, target: { start: fn.getStart(sf), end: fn.body.getStart(sf) }, data: { declarationStart: fn.getStart(sf), jsDoc: jsDocOf(sf, fn), tags } }];
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
    const spans = [e, inner].map((x) => spanOf(x, sf));
    const facts = ctx.analysis.facts.filter((f) => f.role === "return" && spans.some((s) => s.start === f.span.start && s.end === f.span.end));
    if (facts.length === 0) return null;
    out.push(...facts.map((f) => f.value));
  }
  return out;
}

/**
 * What the function's modules say of each dim of a tensor: the number they fix there in every
 * evaluation, or the name they read the dim by (`seq`, `batch`, a symbolic size's); null: nothing.
 */
type Evidence = readonly (number | string | null)[];

/**
 * The shape every evaluation agrees on, as the annotation's text (`[seq, batch, 10]`), or null.
 * Evaluations that do not know the rank say nothing of it; one that knows it and is not a tensor,
 * or knows another rank, makes it unknown. A number is written only where every evaluation knows
 * it (the function's own one included: an evaluation that does not know a dim leaves it to the
 * calls; `everyEvaluation`: the values are one per evaluation) or the function's modules fix it
 * (`evidence`).
 */
function agreedShape(sf: ts.SourceFile, fn: Annotatable, values: readonly Value[], everyEvaluation: boolean, bodyStart: number, evidence: (rank: number) => Evidence): string | null {
  const tensors: TensorValue[] = [];
  // Only a function the analysis also ran on its own has an evaluation that is not a call's.
  let everyKnows = everyEvaluation && analyzedOnItsOwn(sf, fn);
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
    if (d === null || (/^[A-Za-z$][\w$]*$/.test(d) && !fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === d) && dims.includes(d))) return null;
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
  // `seq`/`batch`, or the module's symbolic size (its name free where the function is, so the
  // annotation reads it as a new symbol, not as a value or a parameter).
  if (label === null || !(NAMED_DIMS.has(label) || label === fixed) || bindingAt(sf, bodyStart, label) !== null) return null;
  return fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === label) ? null : label;
}

/** Where a tensor meets a module: what it reads (`input`, `h0`) or makes (`output`, `h`, `c`). */
type Slot = "input" | "h0" | "output" | "h" | "c";

const BATCH = shapes.sym("batch");
const SEQ = shapes.sym("seq");

/**
 * The modules' say on a parameter's dims: the input (or h0) each call it is passed to expects,
 * where every evaluation (each its own value of the parameter) passed it to a module there; one
 * that did not (the module is the caller's, unknown when the function runs on its own) leaves the
 * dims to the calls.
 */
function inputEvidence(facts: readonly Fact[], values: readonly Value[], rank: number): Evidence {
  const found: Evidence[] = [];
  const calls = new Map<string, { call: Fact; slot: Slot; passed: Set<Value> }>();
  for (const call of facts) {
    if (call.role !== "call" || !call.module || !call.args) continue;
    const at = call.args.findIndex((a) => values.includes(a));
    if (at !== 0 && at !== 1) continue;
    const key = `${call.span.start}:${call.span.end}:${at}`;
    const seen = calls.get(key) ?? { call, slot: at === 0 ? "input" : "h0", passed: new Set<Value>() };
    seen.passed.add(call.args[at] as Value);
    calls.set(key, seen);
  }
  for (const { call, slot, passed } of calls.values()) {
    // The shared unknown value is no evaluation's own: it cannot tell them apart.
    const everyEvaluation = values.every((v) => v !== UNKNOWN_VALUE && passed.has(v));
    if (everyEvaluation) found.push(slotEvidence(facts, call, slot, rank));
  }
  return mergeEvidence(found, rank);
}

/** The modules' say on a returned tensor's dims: what the call that made it makes there. */
function outputEvidence(facts: readonly Fact[], returned: readonly Value[], rank: number, evaluations: number): Evidence {
  const found: Evidence[] = [];
  for (const t of returned) {
    if (t.t !== "tensor") continue;
    for (const call of facts) {
      if (call.role !== "call" || !call.module) continue;
      const slot = slotOf(call.value, t);
      // Every evaluation must have called a module there (once each, as far as counting tells).
      const made = facts.filter((f) => f.role === "call" && f.module && f.span.start === call.span.start && f.span.end === call.span.end).length;
      if (slot && made >= evaluations) found.push(slotEvidence(facts, call, slot, rank));
    }
  }
  return mergeEvidence(found, rank);
}

/** Which of a forward call's results the tensor is: the output, or the h or c state. */
function slotOf(result: Value, t: Value): Slot | null {
  if (result === t) return "output";
  if (result.t !== "tuple") return null;
  const [out, state] = result.items;
  if (out === t) return "output";
  if (state === t) return "h";
  if (state?.t === "tuple") return state.items[0] === t ? "h" : state.items[1] === t ? "c" : null;
  return null;
}

/**
 * Each dim of the slot as every evaluation of the call (the function's own one included) has its
 * module: a number all agree on is fixed by the code; `seq`/`batch`, or the one symbol the
 * function's own evaluation has where the calls have numbers (a size its class is built with),
 * a name, when the calls agree on their number; null otherwise.
 */
function slotEvidence(facts: readonly Fact[], call: Fact, slot: Slot, rank: number): Evidence {
  const per: (readonly shapes.Dim[])[] = [];
  for (const f of facts) {
    if (f.role !== "call" || f.span.start !== call.span.start || f.span.end !== call.span.end) continue;
    const dims = f.module ? slotDims(f.module, slot, rank) : null;
    if (!dims) return Array<null>(rank).fill(null);
    per.push(dims);
  }
  return Array.from({ length: rank }, (_, i) => {
    const ds = per.map((dims) => dims[i]).filter((d): d is shapes.Dim => d !== undefined);
    if (ds.length !== per.length || ds.length === 0) return null;
    if (ds.every((d) => d === BATCH)) return "batch";
    if (ds.every((d) => d === SEQ)) return "seq";
    const numbers = new Set(ds.filter((d): d is number => typeof d === "number"));
    const symbols = new Set(ds.filter((d) => typeof d !== "number" && shapes.isSym(d) && d !== BATCH && d !== SEQ).map((d) => shapes.formatDim(d)));
    if (symbols.size === 0) return numbers.size === 1 && ds.every((d) => typeof d === "number") ? ([...numbers][0] as number) : null;
    // Calls with several sizes there may be other modules than the one the symbol is (a field
    // reassigned): named only where all the calls have the same one.
    return symbols.size === 1 && numbers.size <= 1 && ds.every((d) => typeof d === "number" || (shapes.isSym(d) && d !== BATCH && d !== SEQ)) ? validName([...symbols][0] as string) : null;
  });
}

/** A size's text as a name the annotation reads as a new symbol (`this.hidden` -> `hidden`). */
function validName(text: string): string | null {
  const name = text.replace(/^this\./, "").replace(/[^\w$]+/g, "_").replace(/^[\d_]+|_+$/g, "");
  return /^[A-Za-z$][\w$]*$/.test(name) ? name : null;
}

/**
 * A module's dims at a slot, `BATCH` and `SEQ` standing for the batch and the sequence (dropped
 * for an unbatched rank); null when the module or the rank does not say.
 */
function slotDims(m: ModuleValue, slot: Slot, rank: number): readonly shapes.Dim[] | null {
  let dims: readonly shapes.Dim[] | null = null;
  const c = m.config;
  if (c && !shapes.isCellKind(c.kind)) {
    const D = shapes.directions(c);
    const layers = shapes.mul(c.numLayers, D);
    const out = shapes.outputHiddenSize(c);
    if (slot === "input") dims = expectedShapes(m, BATCH, SEQ)?.input ?? null;
    else if (slot === "output") dims = c.batchFirst ? [BATCH, SEQ, shapes.mul(out, D)] : [SEQ, BATCH, shapes.mul(out, D)];
    else if (slot === "h0" || slot === "h") dims = [layers, BATCH, out];
    else dims = c.kind === "LSTM" ? [layers, BATCH, c.hiddenSize] : null;
  } else if (!c && m.features && (m.kind === "Linear" || m.kind === "Embedding")) {
    // They read and make any number of leading dims: only the features are theirs.
    const last = slot === "input" ? (m.kind === "Linear" ? m.features.inFeatures : null) : slot === "output" ? m.features.outFeatures : null;
    if (last === null || rank < 1) return null;
    // A Linear's two-dim input is a batch of feature vectors (as expectedShapes reads it).
    return slot === "input" && rank === 2 ? [BATCH, last] : [...Array<shapes.Dim>(rank - 1).fill(shapes.UNKNOWN), last];
  }
  if (!dims) return null;
  if (dims.length === rank) return dims;
  const unbatched = dims.filter((d) => d !== BATCH);
  return unbatched.length === rank ? unbatched : null;
}

/** Per dim, what all the evidence says alike; null where it differs. */
function mergeEvidence(found: readonly Evidence[], rank: number): Evidence {
  return Array.from({ length: rank }, (_, i) => {
    const said = new Set(found.map((e) => e[i] ?? null));
    return said.size === 1 ? ([...said][0] as number | string | null) : null;
  });
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
