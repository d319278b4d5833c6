/**
 * The engine's API as the interpreter sees it: `torch.*` factories, tensor methods, `nn.*`
 * constructors and module calls. Every check is the engine's own shape rule; this file only
 * turns abstract values into the rules' inputs and the rules' errors into findings.
 */
import { shapes } from "../../../engine";
import { derivedSpan, type Expr, type Span } from "../ir";
import type { AnalysisContext } from "./context";
import { severityOf } from "../catalog";
import { syntaxFor, type SourceSyntax } from "../syntax";
import { pytorchText } from "./python-errors";
import { codeForCheck, type Finding, type Fix, type RelatedLocation } from "./findings";
import { asDim, asRawArg, concreteShape, freshStrides, isOpenObject, num, objectEntries, tensor, UNKNOWN_VALUE, NONE, type ModuleKind, type ModuleValue, type TensorValue, type Value } from "./values";

type Dim = shapes.Dim;
type RuleError = shapes.RuleError;

/** An evaluated call argument with where it was written. */
export interface Arg {
  readonly value: Value;
  readonly expr: Expr;
}

export interface CallSite {
  readonly ctx: AnalysisContext;
  readonly file: string;
  readonly span: Span;
  /** Source text, for quick-fix edits that must know what they replace. */
  readonly text: string;
  /** The code runs once here (the top level, outside loops, branches and functions). */
  readonly once: boolean;
}

/** The tensors a quick fix resizes, to withdraw the fix where one is used more than once. */
export const FIX_TARGETS = new WeakMap<Fix, readonly TensorValue[]>();

const RECURRENT_KINDS: ReadonlySet<string> = new Set(["RNN", "GRU", "LSTM", "RNNCell", "GRUCell", "LSTMCell"]);
export const FACTORIES: ReadonlySet<string> = new Set(["zeros", "ones", "randn", "rand", "empty"]);
/** The module classes the analysis builds: `nn.<kind>`. */
const MODULE_KINDS: ReadonlySet<string> = new Set([...RECURRENT_KINDS, "Linear", "Embedding", "Dropout"]);

/** The module kind an engine path constructs (`nn.LSTM` -> "LSTM"), or null. */
export function moduleConstructor(path: string): string | null {
  if (!path.startsWith("nn.")) return null;
  const kind = path.slice(3);
  return MODULE_KINDS.has(kind) ? kind : null;
}

/**
 * Tensor methods (and `torch.<name>(x, ...)` functions) whose result has the input's shape:
 * moving, casting, elementwise functions, in-place fills.
 */
export const SAME_SHAPE_METHODS: ReadonlySet<string> = new Set([
  "to", "cuda", "cpu", "float", "double", "half", "long", "int", "bool", "byte", "type_as", "requires_grad_", "detach_",
  "relu", "tanh", "sigmoid", "exp", "log", "abs", "neg", "sqrt", "softmax", "log_softmax", "zero_", "fill_", "normal_",
  "uniform_", "clamp", "clamp_", "pin_memory", "masked_fill", "masked_fill_",
]);
/** `torch.<name>_like(x)`: a new tensor of x's shape. */
const LIKE_FACTORIES: ReadonlySet<string> = new Set(["zeros_like", "ones_like", "randn_like", "rand_like", "empty_like", "full_like"]);
/** `torch.<name>(x, ...)` that is `x.<name>(...)`. */
const TORCH_AS_METHOD: ReadonlySet<string> = new Set(["flatten", "transpose", "squeeze", "unsqueeze", "reshape", "permute", "chunk", "split", "select", "relu", "tanh", "sigmoid", "exp", "log", "abs", "softmax", "log_softmax", "clamp"]);

let nextModuleId = 1;

/** Sizes given as arguments or as one tuple; `floatAt`: the first that is a float holding an integer (-1: none). */
function sizesFrom(args: readonly Arg[]): { dims: Dim[]; spans: Span[] | null; floatAt: number } | null {
  const first = args[0];
  const floatAt = (vs: readonly Value[]): number => vs.findIndex((v) => v.t === "num" && v.float === true);
  if (args.length === 1 && first && first.value.t === "tuple") {
    // One span per size, or none: a spread's items have no place of their own to edit.
    const spans = first.expr.kind === "array" && !first.expr.elements.some((e) => e.kind === "spread") ? first.expr.elements.map((e) => e.span) : null;
    return { dims: first.value.items.map(asDim), spans, floatAt: floatAt(first.value.items) };
  }
  if (args.some((a) => a.value.t === "tuple" || a.value.t === "tensor")) return null;
  return { dims: args.map((a) => asDim(a.value)), spans: args.some((a) => a.expr.kind === "spread") ? null : args.map((a) => a.expr.span), floatAt: floatAt(args.map((a) => a.value)) };
}

/**
 * The error as PyTorch words it in the file's language: in Python, PyTorch's own text where the
 * engine's differs (see python-errors.ts); null when that text is not known (nothing is reported).
 */
function inFileWords(site: CallSite, kind: shapes.RecurrentKind, error: RuleError, raw: shapes.RecurrentArgs | null): RuleError | null {
  if (syntaxFor(site.file).language !== "python") return error;
  const message = pytorchText(kind, error, raw);
  return message === null ? null : { ...error, message };
}

/** An error finding from a failed rule at `span`, PyTorch's message first. */
function ruleFinding(site: CallSite, span: Span, error: RuleError, extra: { explain?: string; related?: RelatedLocation[]; fixes?: Fix[] } = {}): Finding {
  const code = codeForCheck(error.check);
  return {
    file: site.file,
    span,
    code,
    severity: severityOf(code),
    message: extra.explain ? `${error.message}. ${extra.explain}` : error.message,
    related: extra.related ?? [],
    fixes: extra.fixes ?? [],
  };
}

/** Shape of a nested array literal value (`torch.tensor([[1, 2], [3, 4]])`). */
function literalShape(v: Value): Dim[] | null {
  // Fix: anything but a number was taken for a scalar, so `torch.tensor(ids)` of an array the
  // analyzer cannot see was 0-D (and its embedding 1-D): only numbers are scalars.
  if (v.t === "num" || v.t === "bool") return [];
  if (v.t !== "tuple") return null;
  if (v.items.length === 0) return [0];
  const inner = literalShape(v.items[0] as Value);
  return inner === null ? null : [v.items.length, ...inner];
}

/** `torch.<name>(...)`. */
export function callTorch(name: string, args: readonly Arg[], site: CallSite): Value {
  if (FACTORIES.has(name)) {
    const sizes = sizesFrom(args.filter((a) => a.value.t !== "object"));
    if (!sizes) return tensor(null);
    if (reportNonInt(site, name, "size", sizes, args)) return UNKNOWN_VALUE;
    const r = shapes.factoryShape(sizes.dims);
    if (!r.ok) {
      site.ctx.report(ruleFinding(site, site.span, r.error));
      return UNKNOWN_VALUE;
    }
    return tensor(r.value, { file: site.file, sizeArgs: sizes.spans, annotation: null, once: site.once }, null, freshStrides(r.value));
  }
  if (name === "full") {
    const first = args[0];
    if (!first || first.value.t !== "tuple") return tensor(null);
    return tensor(first.value.items.map(asDim), { file: site.file, sizeArgs: first.expr.kind === "array" ? first.expr.elements.map((e) => e.span) : null, annotation: null });
  }
  if (name === "tensor") {
    const [values, shapeArg] = args;
    if (shapeArg && shapeArg.value.t === "tuple") return tensor(shapeArg.value.items.map(asDim));
    return tensor(values ? literalShape(values.value) : null);
  }
  if (name === "cat" || name === "stack") {
    const list = args[0];
    const dimArg = args[1];
    const dim = dimArg ? asDim(dimArg.value) : 0;
    if (!list || list.value.t !== "tuple" || typeof dim !== "number" || !Number.isInteger(dim)) return tensor(null);
    const inputs = list.value.items.map((v) => (v.t === "tensor" ? v.shape : null));
    const r = name === "cat" ? shapes.catShape(inputs, dim) : shapes.stackShape(inputs, dim);
    if (!r.ok) {
      const elementSpan = r.error.index !== undefined && list.expr.kind === "array" ? list.expr.elements[r.error.index]?.span : undefined;
      site.ctx.report(ruleFinding(site, r.error.argument === "dims" && dimArg ? dimArg.expr.span : (elementSpan ?? list.expr.span), r.error));
      return tensor(null);
    }
    return tensor(r.value, null, null, freshStrides(r.value));
  }
  if (name === "manualSeed" || name === "manual_seed") return NONE;
  if (name === "randint") {
    // randint(high, size) / randint(low, high, size): the size is the last argument, a tuple.
    const size = args[args.length - 1];
    if (args.length < 2 || !size || size.value.t !== "tuple") return tensor(null);
    return callTorch("zeros", [size], site);
  }
  if (name === "Tensor" || name === "FloatTensor" || name === "LongTensor") {
    // The legacy constructors: sizes, or the data of a nested list.
    const first = args[0];
    if (first && first.value.t === "tuple" && args.length === 1) return tensor(literalShape(first.value));
    if (args.length > 0 && args.every((a) => a.value.t === "num")) return callTorch("zeros", args, site);
    return tensor(null);
  }
  const input = args[0];
  if (LIKE_FACTORIES.has(name)) return input && input.value.t === "tensor" ? tensor(input.value.shape, null, null, freshStrides(input.value.shape)) : tensor(null);
  // `torch.autograd.Variable(x)`: the same tensor, from PyTorch's old API.
  if (name === "autograd.Variable") return input && input.value.t === "tensor" ? input.value : UNKNOWN_VALUE;
  if (TORCH_AS_METHOD.has(name) && input && input.value.t === "tensor") return tensorMethod(input.value, name, args.slice(1), site, "input");
  return UNKNOWN_VALUE;
}

/**
 * `torch.nn.utils.rnn.pack_padded_sequence(input, lengths, batch_first=False)`,
 * `pack_sequence`, `pad_packed_sequence(packed, batch_first=False)`. A packed sequence is a
 * tensor of its padded time-major layout, marked packed: a recurrent module checks it as
 * that, and pad_packed_sequence gives it back with an unknown length (the longest sequence).
 */
export function callPacking(name: string, args: readonly Arg[]): Value {
  const input = args[0];
  const flag = (a: Arg | undefined): boolean | null => (!a ? false : a.value.t === "bool" ? a.value.value : null);
  if (name === "pack_padded_sequence") {
    const batchFirst = flag(args[2]);
    if (!input || input.value.t !== "tensor" || !input.value.shape || input.value.shape.length < 2 || batchFirst === null) return { t: "packed", layout: null };
    const s = input.value.shape;
    const timeMajor = batchFirst ? [s[1] as Dim, s[0] as Dim, ...s.slice(2)] : [...s];
    // Unsorted lengths: PyTorch reorders h0 by the sort's indices before checking it, so only
    // an h0 with too small a batch fails, with a message of its own. Its batch is not checked.
    const sorted = args[3] === undefined ? true : args[3].value.t === "bool" ? args[3].value.value : null;
    return { t: "packed", layout: timeMajor, unsorted: sorted !== true };
  }
  if (name === "pack_sequence") {
    // A list of [len, *] tensors, longest first unless enforce_sorted=False.
    const list = input?.value;
    const sorted = args[1] === undefined ? true : args[1].value.t === "bool" ? args[1].value.value : null;
    if (!list || list.t !== "tuple" || list.items.length === 0) return { t: "packed", layout: null };
    const shapesOf = list.items.map((v) => (v.t === "tensor" ? v.shape : null));
    const first = shapesOf[0];
    if (!first || first.length < 1 || shapesOf.some((s) => !s || s.length !== first.length)) return { t: "packed", layout: null };
    const lengths = shapesOf.map((s) => (s as readonly Dim[])[0] as Dim);
    const longest = lengths.every((d) => typeof d === "number") ? Math.max(...(lengths as number[])) : shapes.UNKNOWN;
    return { t: "packed", layout: [longest, list.items.length, ...first.slice(1)], unsorted: sorted !== true };
  }
  if (name === "pad_packed_sequence") {
    const batchFirst = flag(args[1]);
    if (!input || input.value.t !== "packed" || !input.value.layout || batchFirst === null) return { t: "tuple", items: [tensor(null), tensor(null)], spans: null };
    const [, batch, ...rest] = input.value.layout as [Dim, Dim, ...Dim[]];
    const padded = batchFirst ? [batch, shapes.UNKNOWN, ...rest] : [shapes.UNKNOWN, batch, ...rest];
    return { t: "tuple", items: [tensor(padded), tensor([batch])], spans: null };
  }
  return UNKNOWN_VALUE;
}

/**
 * PyTorch's TypeError for a size that is a known fraction (`view(1.5, 4)`), reported at it;
 * true when there was one.
 */
function reportNonInt(site: CallSite, fn: string, argument: string, sizes: { dims: Dim[]; spans: Span[] | null; floatAt: number }, args: readonly Arg[]): boolean {
  const fraction = sizes.dims.findIndex((d) => typeof d === "number" && !Number.isInteger(d));
  const i = sizes.floatAt >= 0 && (fraction < 0 || sizes.floatAt < fraction) ? sizes.floatAt : fraction;
  if (i < 0) return false;
  const span = sizes.spans?.[i] ?? (args.length > 0 ? derivedSpan((args[0] as Arg).expr.span.start, (args[args.length - 1] as Arg).expr.span.end) : site.span);
  // A float holding an integer is still a float: any fraction names its type.
  site.ctx.report(ruleFinding(site, span, shapes.intListError(fn, argument, i === fraction ? sizes.dims[i] : 0.5, i)));
  return true;
}

/** A literal integer argument, or null. */
function intArg(a: Arg | undefined): number | null {
  if (!a || a.value.t !== "num" || a.value.float || typeof a.value.dim !== "number" || !Number.isInteger(a.value.dim)) return null;
  return a.value.dim;
}

/**
 * An op's result; `strides` computes its strides from the input's (known) strides and sizes and
 * the result's sizes, for the ops that make views.
 */
function opResult(site: CallSite, r: shapes.RuleResult<shapes.MaybeShape>, blame: Span, input?: TensorValue, strides?: (inStrides: readonly number[], inShape: number[], outShape: number[]) => readonly number[] | null): Value {
  if (!r.ok) {
    site.ctx.report(ruleFinding(site, blame, r.error));
    return tensor(null);
  }
  const inShape = input ? concreteShape(input.shape) : null;
  const outShape = concreteShape(r.value);
  return tensor(r.value, null, null, strides && input?.strides && inShape && outShape ? strides(input.strides, inShape, outShape) : null);
}

/** `view`: the result's strides, or PyTorch's error when no strides give the new sizes. */
function viewOf(site: CallSite, t: TensorValue, r: shapes.RuleResult<shapes.MaybeShape>, blame: Span, copyIfNeeded: boolean): Value {
  const inShape = concreteShape(t.shape);
  const outShape = r.ok ? concreteShape(r.value) : null;
  if (r.ok && t.strides && inShape && outShape) {
    const strides = shapes.computeViewStrides(inShape, t.strides, outShape);
    if (strides === null && !copyIfNeeded) {
      site.ctx.report(ruleFinding(site, blame, { pytorchType: "RuntimeError", message: shapes.VIEW_NOT_CONTIGUOUS_MESSAGE, check: "view_not_contiguous", argument: "dims" }));
      return tensor(null);
    }
    return tensor(outShape, null, null, strides ?? shapes.contiguousStrides(outShape));
  }
  return opResult(site, r, blame);
}

/**
 * Fix: a failed op blamed all its arguments (`transpose(1, 3)`); the range is the argument at
 * fault (docs/architecture.md#diagnostics): for a dim out of range the first dim argument that is out of range for
 * `rank` (the order PyTorch checks them in), for select()'s index error the index.
 */
function blameDims(r: shapes.RuleResult<shapes.MaybeShape>, args: readonly Arg[], dimArgs: readonly number[], rank: number | null, whole: Span, indexArg?: number): Span {
  if (r.ok) return whole;
  if (r.error.check === "select_invalid" && indexArg !== undefined && args[indexArg] && r.error.message.startsWith("select(): index")) return (args[indexArg] as Arg).expr.span;
  if (r.error.check !== "dim_out_of_range" || rank === null) return whole;
  for (const i of dimArgs) {
    const d = intArg(args[i]);
    if (d !== null && shapes.wrapDim(d, rank) === null) return (args[i] as Arg).expr.span;
  }
  return whole;
}

/** `t.<name>(...)` on a tensor. */
export function tensorMethod(t: TensorValue, name: string, args: readonly Arg[], site: CallSite, receiverText: string): Value {
  const s = t.shape;
  const argsSpan = args.length > 0 ? derivedSpan((args[0] as Arg).expr.span.start, (args[args.length - 1] as Arg).expr.span.end) : site.span;
  switch (name) {
    case "view":
    case "reshape": {
      const sizes = sizesFrom(args);
      if (!sizes) return tensor(null);
      if (reportNonInt(site, name, name === "view" ? "size" : "shape", sizes, args)) return tensor(null);
      // Of a tensor whose shape is not known, one inferred size (-1) is unknown and the others are as written.
      if (!s && sizes.dims.filter((d) => d === -1).length === 1 && sizes.dims.every((d) => d === -1 || !(typeof d === "number" && d < 0))) {
        return tensor(sizes.dims.map((d) => (d === -1 ? shapes.UNKNOWN : d)));
      }
      return viewOf(site, t, shapes.viewShape(s, sizes.dims), argsSpan, name === "reshape");
    }
    case "permute": {
      const order = args.length === 1 && args[0]?.value.t === "tuple" ? args[0].value.items.map((v) => (v.t === "num" && typeof v.dim === "number" && Number.isInteger(v.dim) ? v.dim : null)) : args.map((a) => intArg(a));
      if (order.some((d) => d === null)) return tensor(null);
      const r = shapes.permuteShape(s, order as number[]);
      // `permute([1, 0, 2])`: the dims are the elements of the array.
      const first = args[0];
      const dimArgs: readonly Arg[] =
        args.length === 1 && first && first.value.t === "tuple" && first.expr.kind === "array"
          ? first.value.items.flatMap((v, i) => {
              const el = (first.expr as Extract<Expr, { kind: "array" }>).elements[i];
              return el ? [{ value: v, expr: el }] : [];
            })
          : args;
      return opResult(site, r, blameDims(r, dimArgs, dimArgs.map((_, i) => i), s ? s.length : null, argsSpan), t, (st) => shapes.permuteStrides(st, order as number[]));
    }
    case "transpose": {
      const a = intArg(args[0]);
      const b = intArg(args[1]);
      if (a === null || b === null) return tensor(s ? s.map(() => shapes.UNKNOWN) : null);
      const r = shapes.transposeShape(s, a, b);
      return opResult(site, r, blameDims(r, args, [0, 1], s ? s.length : null, argsSpan), t, (st) => shapes.transposeStrides(st, a, b));
    }
    case "t":
      if (s && s.length <= 2) return tensor(s.length < 2 ? s : [s[1] as Dim, s[0] as Dim]);
      return tensor(null);
    case "unsqueeze": {
      const d = intArg(args[0]);
      if (d === null) return tensor(null);
      return opResult(site, shapes.unsqueezeShape(s, d), argsSpan, t, (st, inShape) => shapes.unsqueezeStrides(inShape, st, d));
    }
    case "squeeze": {
      if (args.length === 0) return opResult(site, shapes.squeezeShape(s), site.span, t, (st, inShape) => shapes.squeezeStrides(inShape, st));
      const d = intArg(args[0]);
      if (d === null) return tensor(null);
      return opResult(site, shapes.squeezeShape(s, d), argsSpan, t, (st, inShape) => shapes.squeezeStrides(inShape, st, d));
    }
    case "flatten": {
      const a = args.length > 0 ? intArg(args[0]) : 0;
      const b = args.length > 1 ? intArg(args[1]) : -1;
      if (a === null || b === null) return tensor(null);
      const r = shapes.flattenShape(s, a, b);
      if (!r.ok) return opResult(site, r, blameDims(r, args, [0, 1], s ? s.length : null, argsSpan));
      // As the engine: flattening one dim keeps the tensor, otherwise it is a reshape.
      if (s && s.length > 0 && shapes.wrapDim(a, s.length) === shapes.wrapDim(b, s.length)) return tensor(r.value, null, null, t.strides);
      return viewOf(site, t, r, argsSpan, true);
    }
    case "select": {
      // select(dim, index): a known fraction in either is PyTorch's TypeError, dim first.
      for (const [k, argument] of [[0, "dim"], [1, "index"]] as const) {
        const a = args[k];
        if (a && a.value.t === "num" && typeof a.value.dim === "number" && !Number.isInteger(a.value.dim)) {
          site.ctx.report(ruleFinding(site, a.expr.span, shapes.intArgError("select", argument, k + 1, a.value.dim)));
          return tensor(null);
        }
      }
      const d = intArg(args[0]);
      const i = intArg(args[1]);
      if (d === null) return tensor(null);
      if (i === null) {
        if (!s) return tensor(null);
        const w = shapes.wrapDim(d, s.length);
        return w === null ? opResult(site, shapes.selectShape(s, d, 0), (args[0] as Arg).expr.span) : tensor(s.filter((_, k) => k !== w));
      }
      const r = shapes.selectShape(s, d, i);
      return opResult(site, r, blameDims(r, args, [0], s ? s.length : null, argsSpan, 1), t, (st) => shapes.selectStrides(st, d));
    }
    case "slice": {
      const d = intArg(args[0]);
      if (d === null) return tensor(null);
      const start = args[1] && args[1].value.t !== "none" ? intArg(args[1]) : undefined;
      const end = args[2] && args[2].value.t !== "none" ? intArg(args[2]) : undefined;
      const step = args[3] ? intArg(args[3]) : 1;
      if (start === null || end === null || step === null) {
        if (!s) return tensor(null);
        const w = shapes.wrapDim(d, s.length);
        return w === null ? opResult(site, shapes.sliceShape(s, d, 0, 0), argsSpan) : tensor(s.map((x, k) => (k === w ? shapes.UNKNOWN : x)));
      }
      return opResult(site, shapes.sliceShape(s, d, start, end, step), argsSpan, t, (st) => shapes.sliceStrides(st, d, step));
    }
    case "contiguous":
    case "clone":
      return tensor(s, null, t.labels, freshStrides(s));
    case "detach":
      return tensor(s, null, t.labels, t.strides);
    case "size": {
      if (args.length === 0) return s ? { t: "tuple", items: s.map((_, i) => sizeOf(site.ctx, t, i, receiverText)), spans: null } : UNKNOWN_VALUE;
      const d = intArg(args[0]);
      if (d === null || !s) return num(shapes.UNKNOWN);
      const w = shapes.wrapDim(d, s.length);
      if (w === null || s.length === 0) {
        site.ctx.report(ruleFinding(site, argsSpan, { pytorchType: "IndexError", message: shapes.dimOutOfRangeMessage(d, s.length), check: "dim_out_of_range", argument: "dims" }));
        return num(shapes.UNKNOWN);
      }
      return sizeOf(site.ctx, t, w, receiverText);
    }
    case "dim":
      return num(s ? s.length : shapes.UNKNOWN);
    case "numel":
      return num(s ? shapes.product(s) : shapes.UNKNOWN);
    case "expand":
    case "repeat":
      return expandOrRepeat(t, name, args);
    case "chunk":
    case "split":
      return pieces(t, name, args);
    default:
      // Moving, casting and elementwise methods keep the shape; where the elements lie is not known.
      if (SAME_SHAPE_METHODS.has(name)) return tensor(s, null, t.labels, null);
      return UNKNOWN_VALUE;
  }
}

/**
 * `t.size(i)` / `t.shape[i]`: the dim, and an unknown dim becomes a symbol named after the
 * expression, written back into the tensor so later uses of either agree.
 */
export function sizeOf(ctx: AnalysisContext, t: TensorValue, i: number, receiverText: string): Value {
  const s = t.shape;
  if (!s) return num(shapes.UNKNOWN);
  const d = s[i];
  if (d === undefined) return num(shapes.UNKNOWN);
  if (shapes.isUnknown(d)) {
    const named = shapes.sym(`${receiverText}.size(${i})`);
    ctx.mutate({ redo: () => (s[i] = named), undo: () => (s[i] = shapes.UNKNOWN), tensor: t, dim: i });
    return num(named);
  }
  return num(d);
}

/** Builds `new nn.<kind>(...)`. */
export function constructModule(kind: string, args: readonly Arg[], site: CallSite): Value {
  if (RECURRENT_KINDS.has(kind)) return constructRecurrent(kind as shapes.RecurrentKind, args, site);
  if (kind === "Linear" || kind === "Embedding") {
    const a = args[0];
    const b = args[1];
    const inF = a ? asDim(a.value) : shapes.UNKNOWN;
    const outF = b ? asDim(b.value) : shapes.UNKNOWN;
    const names = kind === "Linear" ? ["in_features", "out_features"] : ["num_embeddings", "embedding_dim"];
    const argSpans: Record<string, Span> = {};
    if (a) argSpans[names[0] as string] = a.expr.span;
    if (b) argSpans[names[1] as string] = b.expr.span;
    const r = shapes.factoryShape([outF, inF]);
    if (!r.ok) {
      const bad = shapes.dimLess(inF, 0) === "yes" ? a : b;
      site.ctx.report({ ...ruleFinding(site, bad?.expr.span ?? site.span, r.error), code: "invalid-argument" });
    }
    const m: ModuleValue = { t: "module", id: nextModuleId++, kind, config: null, features: { inFeatures: inF, outFeatures: outF }, at: { file: site.file, span: site.span }, argSpans, rawArgs: null };
    return m;
  }
  if (kind === "Dropout") return { t: "module", id: nextModuleId++, kind, config: null, features: null, at: { file: site.file, span: site.span }, argSpans: {}, rawArgs: null };
  return UNKNOWN_VALUE;
}

function isOptionsValue(v: Value): boolean {
  return v.t === "object";
}

function constructRecurrent(kind: shapes.RecurrentKind, args: readonly Arg[], site: CallSite): Value {
  const last = args[args.length - 1];
  const options = last && isOptionsValue(last.value) ? last : null;
  const positional = options ? args.slice(0, -1) : args;
  const names = shapes.POSITIONAL_PARAMETERS[kind];
  const argSpans: Record<string, Span> = {};
  positional.forEach((a, i) => {
    const n = names[i];
    if (n) argSpans[n] = a.expr.span;
  });
  const optionValues: Record<string, unknown> = {};
  let open = false;
  if (options && options.value.t === "object") {
    open = isOpenObject(options.value);
    for (const [k, v] of objectEntries(options.value)) {
      optionValues[k] = asRawArg(v);
      const p = shapes.optionParameter(k) ?? k;
      const keySpan = options.value.keySpans.get(k);
      const valueExpr = options.expr.kind === "object" ? options.expr.properties.find((pp) => pp.key === k)?.value : undefined;
      if (valueExpr) argSpans[p] = valueExpr.span;
      else if (keySpan) argSpans[p] = keySpan;
    }
  } else if (last && !options && last.value.t === "unknown" && !last.value.symbol && positional.length === args.length && args.length > 2) {
    // An options object we cannot see: every option may be anything.
    open = true;
  }
  const rawResult = shapes.recurrentArgsFromCall(kind, positional.map((a) => asRawArg(a.value)), optionValues);
  const blameArg = (role: string): Span => argSpans[role] ?? (role === "option" && options ? options.expr.span : site.span);
  // Python names the keyword it did not expect: the error is at its value (TypeScript's options
  // object is one argument, blamed whole).
  const unexpectedAt = (e: RuleError): Span | null => {
    if (e.check !== "ctor_unexpected_kwarg" || syntaxFor(site.file).language !== "python") return null;
    const name = /argument '([^']+)'/.exec(e.message)?.[1];
    return name ? (argSpans[name] ?? null) : null;
  };
  if (!rawResult.ok) {
    const e = inFileWords(site, kind, rawResult.error, null);
    if (e) site.ctx.report(ruleFinding(site, blameArg(e.argument), e));
    return UNKNOWN_VALUE;
  }
  let raw = rawResult.value;
  if (open) {
    // Unseen options could set anything the call does not set itself.
    const filled: Record<string, unknown> = { ...raw };
    for (const n of ["num_layers", "bias", "batch_first", "dropout", "bidirectional", "proj_size"]) if (filled[n] === undefined && (kind === "LSTM" || n !== "proj_size") && !kind.endsWith("Cell")) filled[n] = shapes.UNKNOWN;
    raw = filled as shapes.RecurrentArgs;
  }
  const r = shapes.checkRecurrentConfig(kind, raw);
  if (!r.ok) {
    const e = inFileWords(site, kind, r.error, raw);
    if (e) site.ctx.report(ruleFinding(site, unexpectedAt(e) ?? blameArg(e.argument), e));
    return UNKNOWN_VALUE;
  }
  for (const w of r.warnings) {
    site.ctx.report({
      file: site.file,
      span: blameArg(w.argument),
      code: "dropout-single-layer",
      severity: severityOf("dropout-single-layer"),
      message: w.message,
      related: argSpans["num_layers"] ? [{ file: site.file, span: argSpans["num_layers"], message: "num_layers is set here" }] : [],
      fixes: [],
    });
  }
  const m: ModuleValue = { t: "module", id: nextModuleId++, kind, config: r.value, features: null, at: { file: site.file, span: site.span }, argSpans, rawArgs: raw };
  return m;
}

/** The module's parameter-count-free summary used by hovers: what shapes it expects. */
export function expectedShapes(m: ModuleValue, batch: Dim, seq: Dim): { input: Dim[]; h0: Dim[] | null; c0: Dim[] | null } | null {
  const c = m.config;
  if (!c) {
    if (m.kind === "Linear" && m.features) return { input: [batch, m.features.inFeatures], h0: null, c0: null };
    if (m.kind === "Embedding" && m.features) return { input: [batch, seq], h0: null, c0: null };
    return null;
  }
  if (shapes.isCellKind(c.kind)) {
    return { input: [batch, c.inputSize], h0: [batch, c.hiddenSize], c0: c.kind === "LSTMCell" ? [batch, c.hiddenSize] : null };
  }
  const D = shapes.directions(c);
  const layers = shapes.mul(c.numLayers, D);
  const input = c.batchFirst ? [batch, seq, c.inputSize] : [seq, batch, c.inputSize];
  return { input, h0: [layers, batch, shapes.outputHiddenSize(c)], c0: c.kind === "LSTM" ? [layers, batch, c.hiddenSize] : null };
}

/** Names a tensor's dims after how a module reads them (recorded, so a later analysis can undo it). */
function labelTensor(ctx: AnalysisContext, v: Value, labels: (string | null)[]): void {
  if (v.t === "tensor" && v.shape && v.shape.length === labels.length && !v.labels) {
    ctx.mutate({ redo: () => (v.labels = labels), undo: () => (v.labels = null), tensor: v });
  }
}

/** The span of the `index`-th element of an array-literal argument, else the argument. */
function elementSpan(arg: Arg | undefined, index: number): Span | null {
  if (!arg) return null;
  if (arg.expr.kind === "array") return arg.expr.elements[index]?.span ?? arg.expr.span;
  return arg.expr.span;
}

function hiddenArgOf(arg: Arg | undefined): shapes.HiddenArg {
  if (!arg || arg.value.t === "none") return { kind: "none" };
  const v = arg.value;
  if (v.t === "tensor") return { kind: "tensor", shape: v.shape };
  if (v.t === "tuple") return { kind: "tuple", shapes: v.items.map((x) => (x.t === "tensor" ? x.shape : null)) };
  return { kind: "unknown" };
}

function related(m: ModuleValue, role: string, message: string): RelatedLocation[] {
  const span = m.argSpans[role];
  return span ? [{ file: m.at.file, span, message }] : [{ file: m.at.file, span: m.at.span, message: `the ${m.kind} is constructed here` }];
}

/** Relates a failed forward check to the constructor argument that set the expectation. */
function relatedFor(m: ModuleValue, e: RuleError): RelatedLocation[] {
  const c = e.check;
  if (c === "input_feature_size" || c === "cell_input_size") return related(m, "input_size", "input_size is set here");
  if (c.endsWith("_layers")) {
    const out = related(m, "num_layers", "num_layers is set here");
    if (m.argSpans["bidirectional"]) out.push(...related(m, "bidirectional", "bidirectional doubles the first dim"));
    return out;
  }
  // An RNNCell accepts any nonlinearity when built and fails on the first call: point at it.
  if (c === "cell_nonlinearity") return related(m, "nonlinearity", "nonlinearity is set here");
  if (c.endsWith("_hidden")) return m.argSpans["proj_size"] && c.startsWith("h0") ? related(m, "proj_size", "proj_size is set here") : related(m, "hidden_size", "hidden_size is set here");
  return [{ file: m.at.file, span: m.at.span, message: `the ${m.kind} is constructed here` }];
}

/** A quick fix that rewrites a factory call's size arguments to the expected sizes. */
function factoryFix(arg: Value, expected: readonly Dim[] | undefined, site: CallSite): Fix[] {
  // Only a tensor made once: resizing a factory that runs for other calls too would break them.
  if (arg.t !== "tensor" || !arg.origin?.sizeArgs || !arg.origin.once || !expected || arg.origin.file !== site.file) return [];
  const spans = arg.origin.sizeArgs;
  if (spans.length !== expected.length) return [];
  const edits = [];
  for (let i = 0; i < spans.length; i++) {
    const want = expected[i] as Dim;
    const have = arg.shape?.[i];
    if (have !== undefined && shapes.dimEquals(have, want) === "yes") continue;
    if (typeof want !== "number") return [];
    edits.push({ file: site.file, span: spans[i] as Span, newText: String(want) });
  }
  if (edits.length === 0) return [];
  const fix: Fix = { title: `Change the size to (${expected.map(shapes.formatDim).join(", ")})`, edits };
  FIX_TARGETS.set(fix, [arg]);
  return [fix];
}

/** The batch-first mix-up: the call would pass with time and batch swapped. */
function batchFirstSuspect(m: ModuleValue, c: shapes.RecurrentConfig, input: Value, hx: shapes.HiddenArg, syntax: SourceSyntax): string | null {
  if (input.t !== "tensor" || !input.shape || input.shape.length !== 3 || c.batchFirst === null) return null;
  const swapped = { ...c, batchFirst: !c.batchFirst };
  const r = shapes.sequenceForward(swapped, input.shape, hx);
  if (!r.ok) return null;
  const [d0, d1] = input.shape as [Dim, Dim];
  const asBatch = c.batchFirst ? d1 : d0;
  return c.batchFirst
    ? `The input looks time-major: h0's batch matches input dim 1 (${shapes.formatDim(asBatch)}), but this ${m.kind} has ${syntax.option("batch_first", true)}, so dim 0 is taken as the batch.`
    : `The input looks batch-first: h0's batch matches input dim 0 (${shapes.formatDim(asBatch)}), but this ${m.kind} has ${syntax.option("batch_first", false)}, so dim 1 is taken as the batch. Pass ${syntax.option("batch_first", true)} to the constructor, or transpose the input.`;
}

/** The batch-first-suspect warning, on the input. */
function suspectFinding(site: CallSite, input: Arg, m: ModuleValue, message: string): Finding {
  return { file: site.file, span: input.expr.span, code: "batch-first-suspect", severity: severityOf("batch-first-suspect"), message, related: related(m, "batch_first", `${syntaxFor(site.file).optionName("batch_first")} is set here`), fixes: [] };
}

/** h0's batch is, symbolically, the input dim the module does not take as the batch (and may differ from the one it does). */
function symbolicSwap(c: shapes.RecurrentConfig, inShape: shapes.MaybeShape, hx: shapes.HiddenArg): boolean {
  if (!inShape || inShape.length !== 3 || c.batchFirst === null) return false;
  const h0 = hx.kind === "tensor" ? hx.shape : hx.kind === "tuple" ? (hx.shapes[0] ?? null) : null;
  const hBatch = h0 && h0.length === 3 ? (h0[1] as Dim) : null;
  if (hBatch === null || typeof hBatch === "number") return false;
  const batch = (c.batchFirst ? inShape[0] : inShape[1]) as Dim;
  const other = (c.batchFirst ? inShape[1] : inShape[0]) as Dim;
  return shapes.dimEquals(hBatch, other) === "yes" && shapes.dimEquals(hBatch, batch) !== "yes";
}

/** `module.forward(...)`. */
export function callModule(m: ModuleValue, args: readonly Arg[], site: CallSite): Value {
  const input = args[0];
  // Dropout zeroes elements: the shape is the input's.
  if (m.kind === "Dropout") return input && input.value.t === "tensor" ? tensor(input.value.shape, null, input.value.labels) : UNKNOWN_VALUE;
  if (m.kind === "Linear" || m.kind === "Embedding") {
    const f = m.features;
    if (!input || !f) return tensor(null);
    if (input.value.t !== "tensor") {
      const indices = input.value.t === "tuple" && m.kind === "Embedding" ? literalShape(input.value) : null;
      return tensor(indices ? [...indices, f.outFeatures] : null);
    }
    if (m.kind === "Embedding") return opResult(site, shapes.embeddingShape(input.value.shape, f.outFeatures), input.expr.span);
    const r = shapes.linearShape(input.value.shape, f.inFeatures, f.outFeatures);
    if (!r.ok) {
      site.ctx.report(ruleFinding(site, input.expr.span, r.error, { related: related(m, "in_features", "in_features is set here") }));
      return tensor(null);
    }
    return tensor(r.value);
  }
  const c = m.config;
  if (!c) return UNKNOWN_VALUE;
  if (input && input.value.t === "packed") return packedForward(m, c, input, input.value.layout, input.value.unsorted ?? false, args[1], site);
  const hxArg = args[1];
  const hx = hiddenArgOf(hxArg);
  if (!input || (input.value.t !== "tensor" && input.value.t !== "unknown")) return unknownResult(c.kind);
  if (input.value.t !== "tensor") return outputOfUnknownInput(c, hx);
  const inShape = input.value.shape;
  if (shapes.isCellKind(c.kind)) {
    const r = shapes.cellForward(c, inShape, hx);
    if (!r.ok) {
      const span = blameSpan(r.error.argument, input, hxArg) ?? site.span;
      site.ctx.report(ruleFinding(site, span, r.error, { related: relatedFor(m, r.error) }));
      return unknownResult(c.kind);
    }
    if (!inShape) return outputOfUnknownInput(c, hx);
    const h = tensor(r.value.h, null, r.value.batched ? ["batch", null] : null);
    if (c.kind === "LSTMCell") return { t: "tuple", items: [h, tensor(r.value.c ?? null, null, r.value.batched ? ["batch", null] : null)], spans: null };
    return h;
  }
  // How the module reads the input's dims, whether or not the call is valid.
  if (inShape && inShape.length === 3 && c.batchFirst !== null) labelTensor(site.ctx, input.value, c.batchFirst ? ["batch", "seq", null] : ["seq", "batch", null]);
  else if (inShape && inShape.length === 2) labelTensor(site.ctx, input.value, ["seq", null]);
  const r = shapes.sequenceForward(c, inShape, hx);
  if (!r.ok) {
    const e = inFileWords(site, c.kind, r.error, null);
    if (!e) return unknownResult(c.kind);
    const span = blameSpan(e.argument, input, hxArg) ?? site.span;
    const suspect = e.check === "h0_shape_batch" || e.check === "c0_shape_batch" ? batchFirstSuspect(m, c, input.value, hx, syntaxFor(site.file)) : null;
    site.ctx.report(ruleFinding(site, span, e, { related: relatedFor(m, e), fixes: suspect ? [] : stateFixes(c, inShape, hx, hxArg, e, site) }));
    if (suspect) site.ctx.report(suspectFinding(site, input, m, suspect));
    return unknownResult(c.kind);
  }
  // With symbolic sizes the call may pass, yet h0's batch is the input's other dim by name: the
  // time and batch dims were most likely swapped (PyTorch raises unless the two sizes are equal).
  const swapSuspect = symbolicSwap(c, inShape, hx) ? batchFirstSuspect(m, c, input.value, hx, syntaxFor(site.file)) : null;
  if (swapSuspect) site.ctx.report(suspectFinding(site, input, m, swapSuspect));
  // Of an input of unknown rank, what the states say of it (checks above found nothing certain).
  if (!inShape) return outputOfUnknownInput(c, hx);
  return sequenceResults(c, r.value, sequenceOutput(c, r.value));
}

/**
 * The quick fix for a wrong h0/c0: resize the factory calls the states came from, and only when
 * the call then passes the checks (an LSTM whose h0 and c0 are both wrong gets one fix for both).
 */
function stateFixes(c: shapes.RecurrentConfig, inShape: shapes.MaybeShape, hx: shapes.HiddenArg, hxArg: Arg | undefined, first: RuleError, site: CallSite): Fix[] {
  const edits: Fix["edits"][number][] = [];
  const targets: TensorValue[] = [];
  let state = hx;
  let e: RuleError = first;
  for (let round = 0; round < 2; round++) {
    const role = e.argument;
    if (role !== "h0" && role !== "c0" && role !== "hx") return [];
    const target = role === "hx" ? hxArg?.value : elementValue(hxArg, role === "h0" ? 0 : 1);
    const expected = e.expected && inShape && inShape.length === 2 && e.expected.length === 3 ? [e.expected[0] as Dim, e.expected[2] as Dim] : e.expected;
    const fix = target && expected ? factoryFix(target, expected, site)[0] : undefined;
    if (!fix || !expected) return [];
    edits.push(...fix.edits);
    targets.push(...(FIX_TARGETS.get(fix) ?? []));
    state = withStateShape(state, role, expected);
    const again = shapes.sequenceForward(c, inShape, state);
    if (again.ok) {
      const merged: Fix = { title: round === 0 ? fix.title : "Change the sizes of h0 and c0 to the expected ones", edits };
      FIX_TARGETS.set(merged, targets);
      return [merged];
    }
    e = again.error;
  }
  return [];
}

/** The states with one of them given another shape. */
function withStateShape(hx: shapes.HiddenArg, role: string, shape: readonly Dim[]): shapes.HiddenArg {
  if (role === "hx" || hx.kind !== "tuple") return { kind: "tensor", shape: [...shape] };
  const i = role === "h0" ? 0 : 1;
  return { kind: "tuple", shapes: hx.shapes.map((s, k) => (k === i ? [...shape] : s)) };
}

function elementValue(arg: Arg | undefined, i: number): Value | undefined {
  if (!arg) return undefined;
  if (arg.value.t === "tuple") return arg.value.items[i];
  return undefined;
}

function blameSpan(role: string, input: Arg, hx: Arg | undefined): Span | null {
  if (role === "input") return input.expr.span;
  if (role === "h0") return elementSpan(hx, 0);
  if (role === "c0") return elementSpan(hx, 1);
  if (role === "hx") return hx ? hx.expr.span : null;
  return null;
}

function unknownResult(kind: ModuleKind): Value {
  if (kind === "LSTM") return { t: "tuple", items: [tensor(null), { t: "tuple", items: [tensor(null), tensor(null)], spans: null }], spans: null };
  if (kind === "RNN" || kind === "GRU") return { t: "tuple", items: [tensor(null), tensor(null)], spans: null };
  if (kind === "LSTMCell") return { t: "tuple", items: [tensor(null), tensor(null)], spans: null };
  return tensor(null);
}

export { RECURRENT_KINDS };

/**
 * `x.expand(*sizes)` (-1 keeps a dim; new dims are added in front) and `x.repeat(*sizes)` (each
 * dim times its count). The sizes PyTorch would refuse are not checked: the shape is then unknown.
 */
function expandOrRepeat(t: TensorValue, name: string, args: readonly Arg[]): Value {
  const s = t.shape;
  const sizes = sizesFrom(args);
  if (!s || !sizes || sizes.dims.length < s.length) return tensor(null);
  const front = sizes.dims.length - s.length;
  const out: Dim[] = [];
  for (let i = 0; i < sizes.dims.length; i++) {
    const want = sizes.dims[i] as Dim;
    const have: Dim = i < front ? 1 : (s[i - front] as Dim);
    if (typeof want !== "number" || !Number.isInteger(want)) return tensor(null);
    if (name === "expand") {
      if (want === -1 && i >= front) out.push(have);
      else if (want >= 0 && (typeof have !== "number" || have === 1 || have === want)) out.push(want);
      else return tensor(null);
    } else {
      if (want < 0) return tensor(null);
      out.push(typeof have === "number" ? have * want : shapes.mul(have, want));
    }
  }
  return tensor(out);
}

/** `x.chunk(n, dim)` / `x.split(size, dim)` along a dim of known size: the pieces, as PyTorch cuts them. */
function pieces(t: TensorValue, name: string, args: readonly Arg[]): Value {
  const s = t.shape;
  const n = intArg(args[0]);
  const d = args[1] ? intArg(args[1]) : 0;
  if (!s || n === null || d === null || n <= 0) return UNKNOWN_VALUE;
  const w = shapes.wrapDim(d, s.length);
  const size = w === null ? null : s[w];
  if (w === null || typeof size !== "number") return UNKNOWN_VALUE;
  const step = name === "chunk" ? Math.ceil(size / n) : n;
  if (step === 0) return UNKNOWN_VALUE;
  const items: Value[] = [];
  for (let start = 0; start < size; start += step) items.push(tensor(s.map((x, k) => (k === w ? Math.min(step, size - start) : x))));
  if (items.length === 0) items.push(tensor(s.map((x, k) => (k === w ? 0 : x))));
  return { t: "tuple", items, spans: null };
}

/**
 * A recurrent module run on a packed sequence: PyTorch checks its data's features against
 * input_size and the states against its batch, whatever batch_first says (a packed sequence has
 * one layout); the output is packed too.
 */
function packedForward(m: ModuleValue, c: shapes.RecurrentConfig, input: Arg, layout: readonly Dim[] | null, unsorted: boolean, hxArg: Arg | undefined, site: CallSite): Value {
  if (shapes.isCellKind(c.kind) || !layout || layout.length !== 3) return unknownResult(c.kind);
  const hx = hiddenArgOf(hxArg);
  const checked = unsorted ? [layout[0] as Dim, shapes.UNKNOWN, layout[2] as Dim] : [...layout];
  const r0 = shapes.sequenceForward({ ...c, batchFirst: false }, checked, hx);
  // The final states come back in the input's order: their batch is the packed batch.
  const withBatch = (s: shapes.MaybeShape): shapes.MaybeShape => (s && unsorted && s.length === 3 ? [s[0] as Dim, layout[1] as Dim, s[2] as Dim] : s);
  const r = r0.ok ? { ...r0, value: { ...r0.value, hN: withBatch(r0.value.hN), cN: r0.value.cN === undefined ? undefined : withBatch(r0.value.cN) } } : r0;
  if (!r.ok) {
    const span = blameSpan(r.error.argument, input, hxArg) ?? site.span;
    site.ctx.report(ruleFinding(site, span, r.error, { related: relatedFor(m, r.error) }));
    return unknownResult(c.kind);
  }
  const v = r.value;
  return sequenceResults(c, v, { t: "packed", layout: v.output && unsorted ? [v.output[0] as Dim, layout[1] as Dim, v.output[2] as Dim] : v.output });
}

/**
 * The forward pass of an input whose rank is not known (a `forward` parameter fed from a data
 * loader). PyTorch takes 2-D and 3-D inputs, so nothing follows, unless the states say which: a
 * batched (3-D) h0 runs only with a 3-D input, whose features are then input_size. Its output
 * is computed from that input; nothing is reported (the input's real shape may fail otherwise).
 */
function outputOfUnknownInput(c: shapes.RecurrentConfig, hx: shapes.HiddenArg): Value {
  const h0 = hx.kind === "tensor" ? hx.shape : hx.kind === "tuple" ? (hx.shapes[0] ?? null) : null;
  const cell = shapes.isCellKind(c.kind);
  if (!h0 || h0.length !== (cell ? 2 : 3)) return unknownResult(c.kind);
  const input: Dim[] = cell ? [h0[0] as Dim, c.inputSize] : c.batchFirst === null ? [] : c.batchFirst ? [h0[1] as Dim, shapes.UNKNOWN, c.inputSize] : [shapes.UNKNOWN, h0[1] as Dim, c.inputSize];
  if (input.length === 0) return unknownResult(c.kind);
  if (cell) {
    const r = shapes.cellForward(c, input, hx);
    if (!r.ok) return unknownResult(c.kind);
    const h = tensor(r.value.h, null, ["batch", null]);
    return c.kind === "LSTMCell" ? { t: "tuple", items: [h, tensor(r.value.c ?? null, null, ["batch", null])], spans: null } : h;
  }
  const r = shapes.sequenceForward(c, input, hx);
  if (!r.ok) return unknownResult(c.kind);
  return sequenceResults(c, r.value, sequenceOutput(c, r.value));
}

/** A sequence module's output tensor, its dims named by the layout it has. */
function sequenceOutput(c: shapes.RecurrentConfig, v: shapes.SequenceForwardResult): Value {
  const labels = v.batched ? (c.batchFirst ? ["batch", "seq", null] : ["seq", "batch", null]) : ["seq", null];
  return tensor(v.output, null, v.output ? labels : null, freshStrides(v.output));
}

/** What a sequence module returns: (output, h_n), or (output, (h_n, c_n)) for an LSTM. */
function sequenceResults(c: shapes.RecurrentConfig, v: shapes.SequenceForwardResult, output: Value): Value {
  const labels = v.batched ? ["layers", "batch", null] : ["layers", null];
  const state = (s: shapes.MaybeShape): TensorValue => tensor(s, null, s ? labels : null, freshStrides(s));
  const hN = state(v.hN);
  if (c.kind === "LSTM") return { t: "tuple", items: [output, { t: "tuple", items: [hN, state(v.cN ?? null)], spans: null }], spans: null };
  return { t: "tuple", items: [output, hN], spans: null };
}
