/**
 * The constructor rule for RNN, GRU, LSTM and the three cells: PyTorch's checks, in PyTorch's
 * order, over arguments that may be JavaScript values (the engine) or dims that are symbolic or
 * unknown (the analyzer). Returns the normalized configuration or the error PyTorch raises.
 */
import { dimIs, dimLess, formatDim, isKnown, isSym, isUnknown, mul, UNKNOWN, type Dim } from "./dim";
import { fail, ok, type ArgumentRole, type CheckId, type RuleResult, type RuleWarning } from "./result";
import { pyFloatParses, pyFloatRepr, pyRepr, pyTypeName } from "./python-values";

export type SequenceKind = "RNN" | "GRU" | "LSTM";
export type CellKind = "RNNCell" | "GRUCell" | "LSTMCell";
export type RecurrentKind = SequenceKind | CellKind;

export function isCellKind(kind: RecurrentKind): kind is CellKind {
  return kind.endsWith("Cell");
}

/** An argument as the caller wrote it: a JavaScript value, or a dim the analyzer inferred. */
export type RawArg = unknown;

/** Constructor arguments by PyTorch keyword name; absent keys were not given. */
export interface RecurrentArgs {
  input_size?: RawArg;
  hidden_size?: RawArg;
  num_layers?: RawArg;
  bias?: RawArg;
  batch_first?: RawArg;
  dropout?: RawArg;
  bidirectional?: RawArg;
  proj_size?: RawArg;
  nonlinearity?: RawArg;
  /** Options the module does not take, in the order given. */
  unexpected?: readonly { readonly name: string; readonly value: RawArg }[];
}

/** true / false, or null where the analyzer cannot tell. */
export type Flag = boolean | null;

export interface RecurrentConfig {
  readonly kind: RecurrentKind;
  readonly inputSize: Dim;
  readonly hiddenSize: Dim;
  /** Always 1 for cells. */
  readonly numLayers: Dim;
  readonly bias: Flag;
  readonly batchFirst: Flag;
  /** null when unknown. */
  readonly dropout: number | null;
  readonly bidirectional: Flag;
  /** 0 when projections are off (always for RNN, GRU and cells). */
  readonly projSize: Dim;
  /** RNN and RNNCell: "tanh" / "relu" (RNNCell may hold anything: only its forward rejects it); null when unknown. */
  readonly nonlinearity: string | null;
  /**
   * Flags given as numbers rather than booleans (`bias: 0`): PyTorch accepts them in the
   * constructor and its kernel rejects them in forward with a TypeError.
   */
  readonly nonBooleanFlags: readonly ("bias" | "bidirectional")[];
}

/** Number of gate blocks stacked in the weights: LSTM i,f,g,o; GRU r,z,n. */
export function gateCount(kind: RecurrentKind): number {
  if (kind === "LSTM" || kind === "LSTMCell") return 4;
  if (kind === "GRU" || kind === "GRUCell") return 3;
  return 1;
}

/** 2 for bidirectional, 1 otherwise, UNKNOWN when the flag is unknown. */
export function directions(config: RecurrentConfig): Dim {
  return config.bidirectional === null ? UNKNOWN : config.bidirectional ? 2 : 1;
}

/** The size of h: proj_size when projections are on, hidden_size otherwise. */
export function outputHiddenSize(config: RecurrentConfig): Dim {
  const p = dimIs(config.projSize, 0);
  if (p === "yes") return config.hiddenSize;
  if (p === "no") return config.projSize;
  return UNKNOWN;
}

const DROPOUT_RANGE =
  "dropout should be a number in range [0, 1] representing the probability of an element being zeroed";

type SizeArg = "input_size" | "hidden_size" | "num_layers" | "proj_size";

function argError<T>(pytorchType: "ValueError" | "TypeError" | "RuntimeError" | "IndexError", message: string, check: CheckId, argument: ArgumentRole): RuleResult<T> {
  return fail({ pytorchType, message, check, argument });
}

/** A size argument as a dim, or the error for a value that is no size at all. */
function sizeDim(name: SizeArg, v: RawArg, fallback: number, owner: string): RuleResult<Dim> {
  if (v === undefined) return ok(fallback);
  if (typeof v === "number") {
    if (!Number.isInteger(v)) {
      return argError("TypeError", `${name} must be an integer, got ${pyFloatRepr(v)}`, "ctor_non_int_size", name);
    }
    return ok(v);
  }
  // A JavaScript BigInt is the Python int it holds (the engine takes BigInt sizes everywhere).
  if (typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return ok(Number(v));
  if (typeof v === "object" && v !== null && (isSym(v as Dim) || isUnknown(v as Dim))) return ok(v as Dim);
  return argError(
    "TypeError",
    `${name} must be an integer, got ${pyRepr(v)} (${pyTypeName(v)}) in ${owner}`,
    "ctor_non_int_size",
    name,
  );
}

function flag(v: RawArg, fallback: boolean): { value: Flag; nonBoolean: boolean } {
  if (v === undefined) return { value: fallback, nonBoolean: false };
  if (typeof v === "boolean") return { value: v, nonBoolean: false };
  if (typeof v === "number") return { value: v !== 0, nonBoolean: true };
  return { value: null, nonBoolean: false };
}

/** PyTorch runs `float(dropout)` first, then checks the original value's type and range. */
function dropoutValue(v: RawArg): RuleResult<number | null> {
  if (v === undefined) return ok(0);
  if (typeof v === "number") {
    if (!(v >= 0 && v <= 1)) return argError("ValueError", DROPOUT_RANGE, "ctor_dropout_range", "dropout");
    return ok(v);
  }
  if (typeof v === "boolean") return argError("ValueError", DROPOUT_RANGE, "ctor_dropout_range", "dropout");
  if (typeof v === "string") {
    if (!pyFloatParses(v)) {
      return argError("ValueError", `could not convert string to float: ${pyRepr(v)}`, "ctor_dropout_type", "dropout");
    }
    return argError("ValueError", DROPOUT_RANGE, "ctor_dropout_range", "dropout");
  }
  if (typeof v === "object" && v !== null && (isSym(v as Dim) || isUnknown(v as Dim))) return ok(null);
  return argError(
    "TypeError",
    `float() argument must be a string or a real number, not '${pyTypeName(v)}'`,
    "ctor_dropout_type",
    "dropout",
  );
}

/** The dropout warning PyTorch emits for dropout > 0 on a single layer. */
export function dropoutWarningMessage(dropout: RawArg, numLayers: Dim): string {
  const d = typeof dropout === "number" ? pyFloatRepr(dropout) : pyRepr(dropout);
  return (
    "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects " +
    `num_layers greater than 1, but got dropout=${d} and num_layers=${formatDim(numLayers)}`
  );
}

function unexpectedOption<T>(kind: RecurrentKind, name: string, value: RawArg): RuleResult<T> {
  return argError(
    "TypeError",
    `${kind} got an unexpected option '${name}' (value ${pyRepr(value)})`,
    "ctor_unexpected_kwarg",
    "option",
  );
}

/** A size that must not be negative: PyTorch's `torch.empty` would reject it. */
function checkNonNegative<T>(name: SizeArg, d: Dim): RuleResult<T> | null {
  if (dimLess(d, 0) === "yes") {
    return argError("RuntimeError", `${name} must be a non-negative integer, got ${formatDim(d)}`, "ctor_negative_size", name);
  }
  return null;
}

/** The constructor's checks for every recurrent module kind. */
export function checkRecurrentConfig(kind: RecurrentKind, args: RecurrentArgs): RuleResult<RecurrentConfig> {
  const cell = isCellKind(kind);
  const unexpected = [...(args.unexpected ?? [])];
  // Options that exist in PyTorch but not for this kind are unexpected keyword arguments, except
  // proj_size on RNN/GRU, which their own __init__ rejects first with a dedicated message.
  if (!cell && kind !== "LSTM" && args.proj_size !== undefined) {
    return argError("ValueError", "proj_size argument is only supported for LSTM, not RNN or GRU", "ctor_proj_size_not_lstm", "proj_size");
  }
  let nonlinearity: string | null = null;
  if (kind === "RNN" || kind === "RNNCell") {
    const nl = args.nonlinearity ?? "tanh";
    nonlinearity = typeof nl === "string" ? nl : null;
    if (kind === "RNN" && typeof nl === "string" && nl !== "tanh" && nl !== "relu") {
      return argError("ValueError", `Unknown nonlinearity '${nl}'`, "ctor_nonlinearity", "nonlinearity");
    }
    if (kind === "RNN" && nonlinearity === null && typeof nl !== "object") {
      return argError("ValueError", `Unknown nonlinearity ${pyRepr(nl)}`, "ctor_nonlinearity", "nonlinearity");
    }
  } else if (args.nonlinearity !== undefined) {
    unexpected.unshift({ name: "nonlinearity", value: args.nonlinearity });
  }
  if (cell) {
    for (const name of ["num_layers", "batch_first", "dropout", "bidirectional", "proj_size"] as const) {
      if (args[name] !== undefined) unexpected.push({ name, value: args[name] });
    }
  }
  const first = unexpected[0];
  if (first) return unexpectedOption(kind, first.name, first.value);

  const bias = flag(args.bias, true);
  const batchFirst = flag(args.batch_first, false);
  const bidirectional = flag(args.bidirectional, false);
  const nonBooleanFlags: ("bias" | "bidirectional")[] = [];
  if (bias.nonBoolean) nonBooleanFlags.push("bias");
  if (bidirectional.nonBoolean) nonBooleanFlags.push("bidirectional");

  const warnings: RuleWarning[] = [];
  let dropout: number | null = 0;
  let projSize: Dim = 0;
  let numLayers: Dim = 1;
  let numLayersResult: RuleResult<Dim> = ok(1);
  const owner = kind;

  if (!cell) {
    const d = dropoutValue(args.dropout);
    if (!d.ok) return fail(d.error);
    dropout = d.value;
    // A float num_layers only fails later, at `range(num_layers)` after the proj_size checks.
    numLayersResult = sizeDim("num_layers", args.num_layers, 1, owner);
    numLayers = numLayersResult.ok ? numLayersResult.value : UNKNOWN;
    if (dropout !== null && dropout > 0 && dimIs(numLayers, 1) === "yes") {
      warnings.push({ check: "dropout_single_layer", message: dropoutWarningMessage(args.dropout, numLayers), argument: "dropout" });
    }
    const ps = sizeDim("proj_size", args.proj_size, 0, owner);
    if (!ps.ok) return fail(ps.error);
    projSize = ps.value;
  }

  if (args.input_size === undefined || args.hidden_size === undefined) {
    const missing = args.input_size === undefined ? "input_size" : "hidden_size";
    return argError("TypeError", `${kind} is missing its required argument '${missing}'`, "ctor_missing_argument", missing);
  }
  // Non-integer sizes only fail when the weights are allocated, after the proj_size checks.
  const hs = sizeDim("hidden_size", args.hidden_size, 0, owner);
  const is = sizeDim("input_size", args.input_size, 0, owner);
  const hiddenSize = hs.ok ? hs.value : UNKNOWN;
  const inputSize = is.ok ? is.value : UNKNOWN;

  if (!cell) {
    if (dimLess(projSize, 0) === "yes") {
      return argError("ValueError", "proj_size should be a positive integer or zero to disable projections", "ctor_proj_size_negative", "proj_size");
    }
    // hidden_size <= 0 trips PyTorch's proj_size check by accident; say what is really wrong.
    if (dimLess(hiddenSize, 1) === "yes") {
      return argError("ValueError", `hidden_size must be greater than zero, got ${formatDim(hiddenSize)}`, "ctor_hidden_size_nonpositive", "hidden_size");
    }
    if (dimLess(projSize, hiddenSize) === "no") {
      return argError("ValueError", "proj_size has to be smaller than hidden_size", "ctor_proj_size_ge_hidden", "proj_size");
    }
  }
  if (!numLayersResult.ok) return fail(numLayersResult.error);
  if (!hs.ok) return fail(hs.error);
  if (!is.ok) return fail(is.error);
  const negHidden = checkNonNegative<RecurrentConfig>("hidden_size", hiddenSize);
  if (negHidden) return negHidden;
  const negInput = checkNonNegative<RecurrentConfig>("input_size", inputSize);
  if (negInput) return negInput;
  if (!cell && dimLess(numLayers, 1) === "yes") {
    return argError("IndexError", `num_layers must be greater than zero, got ${formatDim(numLayers)}`, "ctor_num_layers_nonpositive", "num_layers");
  }

  return ok(
    {
      kind,
      inputSize,
      hiddenSize,
      numLayers,
      bias: bias.value,
      batchFirst: cell ? false : batchFirst.value,
      dropout,
      bidirectional: cell ? false : bidirectional.value,
      projSize,
      nonlinearity,
      nonBooleanFlags,
    },
    warnings,
  );
}

/** The shape of every parameter, in PyTorch's order (what `named_parameters()` lists). */
export function parameterShapes(config: RecurrentConfig): { name: string; shape: Dim[] }[] {
  const g = gateCount(config.kind);
  const h = config.hiddenSize;
  const gh = mul(g, h);
  if (isCellKind(config.kind)) {
    const out = [
      { name: "weight_ih", shape: [gh, config.inputSize] },
      { name: "weight_hh", shape: [gh, h] },
    ];
    if (config.bias !== false) out.push({ name: "bias_ih", shape: [gh] }, { name: "bias_hh", shape: [gh] });
    return out;
  }
  const out: { name: string; shape: Dim[] }[] = [];
  const layers = isKnown(config.numLayers) ? config.numLayers : 1;
  const dirs = config.bidirectional ? 2 : 1;
  const proj = isKnown(config.projSize) && config.projSize > 0;
  const hOut = outputHiddenSize(config);
  for (let layer = 0; layer < layers; layer++) {
    for (let dir = 0; dir < dirs; dir++) {
      const suffix = `_l${layer}${dir === 1 ? "_reverse" : ""}`;
      const inSize = layer === 0 ? config.inputSize : mul(hOut, dirs);
      out.push({ name: `weight_ih${suffix}`, shape: [gh, inSize] });
      out.push({ name: `weight_hh${suffix}`, shape: [gh, hOut] });
      if (config.bias !== false) {
        out.push({ name: `bias_ih${suffix}`, shape: [gh] });
        out.push({ name: `bias_hh${suffix}`, shape: [gh] });
      }
      if (proj) out.push({ name: `weight_hr${suffix}`, shape: [config.projSize, h] });
    }
  }
  return out;
}
