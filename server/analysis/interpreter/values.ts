/**
 * Abstract values the shape interpreter computes: numbers (known, symbolic or unknown),
 * tensors (each dim known, symbolic or unknown; rank possibly unknown), modules (kind and
 * config), tuples, plain objects, and references to the engine's API and to user code.
 */
import { shapes } from "../../../engine";
import type { ClassDecl, FunctionDecl, Span } from "../ir";

type Dim = shapes.Dim;
type MaybeShape = shapes.MaybeShape;

/** Where something was written: a span in a file. */
export interface Location {
  readonly file: string;
  readonly span: Span;
}

/** How a tensor was made, kept for quick fixes: a factory call whose size arguments are literals. */
export interface TensorOrigin {
  readonly file: string;
  /** The span of each size argument of `torch.zeros(a, b, c)`, or null when not one per dim. */
  readonly sizeArgs: readonly Span[] | null;
  /** The annotation that declared the shape, if that is where it came from. */
  readonly annotation: Span | null;
  /**
   * Made where code runs once (top-level code outside loops and branches): an edit of its sizes
   * changes this tensor only, not one made for another call of the same function or iteration.
   */
  readonly once?: boolean;
}

export interface TensorValue {
  readonly t: "tensor";
  /** Mutable: `x.size(1)` on an unknown dim names it, and every holder of this tensor sees the name. */
  shape: Dim[] | null;
  /** What each dim means (`seq`, `batch`), learnt from how the tensor is used. */
  labels: (string | null)[] | null;
  readonly origin: TensorOrigin | null;
  /**
   * Where its elements lie in memory, when every size is known and so is how it was made (a
   * factory, a forward pass, views of those): whether a `view` of it exists. Null: not known.
   */
  readonly strides: readonly number[] | null;
}

export type ModuleKind = shapes.RecurrentKind | "Linear" | "Embedding" | "Dropout";

export interface ModuleValue {
  readonly t: "module";
  readonly id: number;
  readonly kind: ModuleKind;
  /** Recurrent modules: the checked configuration. */
  readonly config: shapes.RecurrentConfig | null;
  /** Linear: in/out features; Embedding: num_embeddings/embedding_dim. */
  readonly features: { readonly inFeatures: Dim; readonly outFeatures: Dim } | null;
  /** The constructor call. */
  readonly at: Location;
  /** Each constructor argument's span, by PyTorch parameter name. */
  readonly argSpans: Readonly<Record<string, Span>>;
  /** The constructor's arguments as written (for running the module on sample input). */
  readonly rawArgs: shapes.RecurrentArgs | null;
}

export interface ClassValue {
  readonly t: "class";
  readonly decl: ClassDecl;
  readonly file: string;
  readonly text: string;
  /** The scope the class was declared in (its methods see these names). */
  readonly scope: Scope;
  readonly superclass: Value;
}

/**
 * A plain object (a config, options). Its properties change in place when code writes them, so
 * every alias sees the write; `open` says keys other than those known may exist (a spread of
 * something unknown, a computed key, or a call that may have added some).
 */
export interface ObjectValue {
  readonly t: "object";
  readonly props: Map<string, Value>;
  readonly keySpans: ReadonlyMap<string, Span>;
  readonly open: boolean;
}

/** The key a write marks an object open with (no source key can be it). */
export const OPEN_KEY = "\u0000open";

/** Whether keys other than the known ones may exist. */
export function isOpenObject(v: ObjectValue): boolean {
  return v.open || v.props.has(OPEN_KEY);
}

/** The known properties of an object. */
export function objectEntries(v: ObjectValue): [string, Value][] {
  return [...v.props].filter(([k]) => k !== OPEN_KEY);
}

export interface InstanceValue {
  readonly t: "instance";
  readonly cls: ClassValue;
  readonly fields: Map<string, Value>;
}

export interface FunctionValue {
  readonly t: "function";
  readonly decl: FunctionDecl;
  readonly file: string;
  readonly text: string;
  readonly scope: Scope;
  /** For methods: the instance `this` refers to. */
  readonly self: Value | null;
}

export type Value =
  /**
   * A number. `float` marks a floating-point value that holds an integer (Python's `20.0`,
   * `6 / 2`): where PyTorch wants an int it is refused, so it is no dim.
   */
  | { readonly t: "num"; readonly dim: Dim; readonly float?: boolean }
  | { readonly t: "str"; readonly value: string | null }
  | { readonly t: "bool"; readonly value: boolean | null }
  | { readonly t: "none" }
  | TensorValue
  | ModuleValue
  | { readonly t: "tuple"; readonly items: readonly Value[]; readonly spans: readonly (Span | null)[] | null }
  | ObjectValue
  /** A promise (`Promise.resolve(x)`): what its callbacks are given. */
  | { readonly t: "promise"; readonly value: Value }
  /** `new Map()`: entries by known key; OPEN_KEY once a key could not be known. */
  | { readonly t: "map"; readonly entries: Map<string, Value> }
  /** `torch`, `nn`, or one of their members (`torch.randn`, `nn.LSTM`). */
  | { readonly t: "api"; readonly path: string }
  /** A method looked up on a value, applied when called. */
  | { readonly t: "method"; readonly receiver: Value; readonly name: string }
  | ClassValue
  | InstanceValue
  | FunctionValue
  /** Nothing is known. `symbol` names it when it is a parameter that may be a size. */
  | { readonly t: "unknown"; readonly symbol?: string }
  /**
   * A packed batch of sequences (`pack_padded_sequence`): its padded layout, time-major
   * [seq, batch, features] whatever the input's order was, or null when not known.
   */
  | { readonly t: "packed"; readonly layout: readonly Dim[] | null; readonly unsorted?: boolean };

/** Names in scope, innermost first; maps are copied when control flow branches. */
export interface Scope {
  readonly vars: Map<string, Value>;
  readonly parent: Scope | null;
}

export const UNKNOWN_VALUE: Value = Object.freeze({ t: "unknown" });
export const NONE: Value = Object.freeze({ t: "none" });

const apiValues = new Map<string, Value>();

/** `torch`, `nn` and their members, one object per path: identical across analyses (see memo.ts). */
export function apiValue(path: string): Value {
  let v = apiValues.get(path);
  if (!v) {
    v = Object.freeze({ t: "api", path });
    apiValues.set(path, v);
  }
  return v;
}

export function num(d: Dim): Value {
  return { t: "num", dim: d };
}

export function tensor(shape: readonly Dim[] | null, origin: TensorOrigin | null = null, labels: (string | null)[] | null = null, strides: readonly number[] | null = null): TensorValue {
  return { t: "tensor", shape: shape ? [...shape] : null, labels, origin, strides };
}

/** The sizes, when every one is a known number. */
export function concreteShape(shape: readonly Dim[] | null): number[] | null {
  return shape && shape.every((d): d is number => typeof d === "number") ? [...shape] : null;
}

/** Row-major strides for a new tensor of this shape, when its sizes are known. */
export function freshStrides(shape: readonly Dim[] | null): number[] | null {
  const c = concreteShape(shape);
  return c ? shapes.contiguousStrides(c) : null;
}

/** The value as a dim: numbers as they are, size-like parameters as symbols, anything else unknown. */
export function asDim(v: Value): Dim {
  if (v.t === "num") return v.float ? shapes.UNKNOWN : v.dim;
  if (v.t === "unknown" && v.symbol) return shapes.sym(v.symbol);
  if (v.t === "bool" && v.value !== null) return v.value ? 1 : 0;
  return shapes.UNKNOWN;
}

/** The value as a raw constructor argument for the engine's rules. */
export function asRawArg(v: Value): unknown {
  switch (v.t) {
    case "num":
      return v.float ? shapes.UNKNOWN : v.dim;
    case "str":
      return v.value === null ? shapes.UNKNOWN : v.value;
    case "bool":
      return v.value === null ? shapes.UNKNOWN : v.value;
    case "none":
      return null;
    case "unknown":
      return v.symbol ? shapes.sym(v.symbol) : shapes.UNKNOWN;
    default:
      return shapes.UNKNOWN;
  }
}

function joinDims(a: Dim, b: Dim): Dim {
  return shapes.dimEquals(a, b) === "yes" ? a : shapes.UNKNOWN;
}

/** What a value is after control flow that may have produced either. */
export function join(a: Value, b: Value): Value {
  if (a === b) return a;
  if (a.t === "num" && b.t === "num") return num(joinDims(a.dim, b.dim));
  if (a.t === "tensor" && b.t === "tensor") {
    if (a.shape === null || b.shape === null || a.shape.length !== b.shape.length) return tensor(null);
    const bs = b.shape;
    const sameStrides = a.strides !== null && b.strides !== null && a.strides.length === b.strides.length && a.strides.every((x, i) => x === b.strides?.[i]);
    return tensor(a.shape.map((d, i) => joinDims(d, bs[i] as Dim)), null, a.labels ?? b.labels, sameStrides ? a.strides : null);
  }
  if (a.t === "tuple" && b.t === "tuple" && a.items.length === b.items.length) {
    return { t: "tuple", items: a.items.map((x, i) => join(x, b.items[i] as Value)), spans: null };
  }
  if (a.t === "str" && b.t === "str") return { t: "str", value: a.value === b.value ? a.value : null };
  if (a.t === "bool" && b.t === "bool") return { t: "bool", value: a.value === b.value ? a.value : null };
  if (a.t === "none" && b.t === "none") return a;
  return UNKNOWN_VALUE;
}

export function isTensor(v: Value): v is TensorValue {
  return v.t === "tensor";
}
