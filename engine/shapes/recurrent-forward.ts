/**
 * The forward rules of the recurrent modules: from the input and hidden-state shapes to the
 * result shapes, or to the error PyTorch raises, with its checks in PyTorch's order
 * (rnn.py's forward and check_forward_args, then the C++ kernels' checks).
 *
 * Dims may be numbers, symbols or unknown: a check fails only when it fails for every value the
 * symbols can take; an uncertain check is passed and the rule goes on.
 */
import {
  dimEquals,
  dimIs,
  dimOutOfRangeMessage,
  formatDim,
  formatFactor,
  formatList,
  formatTuple,
  mul,
  product,
  shapeEquals,
  UNKNOWN,
  type Dim,
  type MaybeShape,
  type Shape,
} from "./dim";
import { fail, ok, type ArgumentRole, type CheckId, type RuleResult } from "./result";
import { directions, gateCount, outputHiddenSize, type RecurrentConfig } from "./recurrent-config";

/** The hidden-state argument of a forward call, as far as its shapes are known. */
export type HiddenArg =
  | { readonly kind: "none" }
  /** Nothing is known about it (the analyzer could not follow it). */
  | { readonly kind: "unknown" }
  | { readonly kind: "tensor"; readonly shape: MaybeShape }
  /** A tuple/array of tensors: `[h0, c0]` for LSTM and LSTMCell. */
  | { readonly kind: "tuple"; readonly shapes: readonly MaybeShape[] };

export interface SequenceForwardResult {
  /** `(L, N, D*H_out)`, `(N, L, D*H_out)` with batch_first, `(L, D*H_out)` unbatched. */
  readonly output: MaybeShape;
  /** `(num_layers*D, N, H_out)`, unbatched `(num_layers*D, H_out)`. */
  readonly hN: MaybeShape;
  /** LSTM only: like hN with hidden_size. */
  readonly cN: MaybeShape | undefined;
  /** Whether the input counts as batched (3-D); null when its rank is unknown. */
  readonly batched: boolean | null;
  /** The h0 shape the module expects as the caller would write it (2-D for unbatched input). */
  readonly expectedH0: Shape | null;
  /** LSTM: the c0 shape it expects. */
  readonly expectedC0: Shape | null;
}

export interface CellForwardResult {
  /** h' (RNNCell, GRUCell, LSTMCell). */
  readonly h: MaybeShape;
  /** LSTMCell: c'. */
  readonly c: MaybeShape | undefined;
  readonly batched: boolean | null;
  readonly expectedHidden: Shape | null;
}

function err<T>(
  pytorchType: "RuntimeError" | "IndexError" | "TypeError" | "AttributeError" | "AssertionError",
  message: string,
  check: CheckId,
  argument: ArgumentRole,
  extra: { expected?: Shape; actual?: Shape } = {},
): RuleResult<T> {
  return fail({ pytorchType, message, check, argument, ...extra });
}

function rankText(s: MaybeShape): string {
  return s === null ? "?" : String(s.length);
}

/** Which dim of a hidden state differs, for the golden-style check id (`h0_shape_layers`). */
function hiddenCheckId<P extends "h0" | "c0">(prefix: P, expected: Shape, actual: Shape): `${P}_shape` | `${P}_shape_${"layers" | "batch" | "hidden"}` {
  const names = ["layers", "batch", "hidden"] as const;
  for (let i = 0; i < names.length; i++) {
    if (dimEquals(expected[i] as Dim, actual[i] as Dim) === "no") return `${prefix}_shape_${names[i] as (typeof names)[number]}`;
  }
  return `${prefix}_shape`;
}

/** `hx[i]` on a tensor the user passed where a pair was expected (PyTorch indexes dim 0). */
function indexTensor(shape: MaybeShape, i: number): RuleResult<MaybeShape> {
  if (shape === null) return ok(null);
  if (shape.length === 0) {
    return err("IndexError", "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number", "hx_container", "hx");
  }
  const n = shape[0] as Dim;
  if (typeof n === "number" && i >= n) {
    return err("IndexError", `index ${i} is out of bounds for dimension 0 with size ${n}`, "hx_container", "hx");
  }
  if (typeof n !== "number") return ok(null); // cannot tell whether the index exists
  return ok(shape.slice(1));
}

/** Splits an LSTM hidden argument into h0, c0 the way PyTorch's `hx[0]`, `hx[1]` would. */
function lstmPair(
  hx: HiddenArg,
): RuleResult<{ h0: MaybeShape; c0: MaybeShape; extra: boolean } | null> {
  if (hx.kind === "none" || hx.kind === "unknown") return ok(null);
  if (hx.kind === "tensor") {
    const h0 = indexTensor(hx.shape, 0);
    if (!h0.ok) return fail(h0.error);
    const c0 = indexTensor(hx.shape, 1);
    if (!c0.ok) return fail(c0.error);
    if (h0.value === null || c0.value === null) return ok(null);
    return ok({ h0: h0.value, c0: c0.value, extra: false });
  }
  if (hx.shapes.length < 2) return err("IndexError", "tuple index out of range", "hx_container", "hx");
  return ok({ h0: hx.shapes[0] ?? null, c0: hx.shapes[1] ?? null, extra: hx.shapes.length > 2 });
}

/** The TypeError PyTorch's argument parser raises when bias/bidirectional are not booleans. */
function kernelSignatureError(config: RecurrentConfig): string {
  const fn = config.kind === "LSTM" ? "lstm" : config.kind === "GRU" ? "gru" : config.nonlinearity === "relu" ? "rnn_relu" : "rnn_tanh";
  const hxType = config.kind === "LSTM" ? "tuple of Tensors" : "Tensor";
  const gotHx = config.kind === "LSTM" ? "tuple of (Tensor, Tensor)" : "Tensor";
  const t = (flagName: "bias" | "bidirectional") => (config.nonBooleanFlags.includes(flagName) ? "int" : "bool");
  const got = ["Tensor", gotHx, "list", t("bias"), "int", "float", "bool", t("bidirectional"), "bool"];
  const overloads: [string, string][][] = [
    [["Tensor", "data"], ["Tensor", "batch_sizes"], [hxType, "hx"], ["tuple of Tensors", "params"], ["bool", "has_biases"], ["int", "num_layers"], ["float", "dropout"], ["bool", "train"], ["bool", "bidirectional"]],
    [["Tensor", "input"], [hxType, "hx"], ["tuple of Tensors", "params"], ["bool", "has_biases"], ["int", "num_layers"], ["float", "dropout"], ["bool", "train"], ["bool", "bidirectional"], ["bool", "batch_first"]],
  ];
  const accepts = (expected: string, actual: string): boolean =>
    expected === actual || (expected === "float" && actual === "int") || (expected === "tuple of Tensors" && actual.startsWith("tuple of ("));
  let msg = `${fn}() received an invalid combination of arguments - got (${got.join(", ")}), but expected one of:\n`;
  for (const o of overloads) {
    msg += ` * (${o.map(([ty, name]) => `${ty} ${name}`).join(", ")})\n`;
    const marked = got.map((g, i) => (accepts((o[i] as [string, string])[0], g) ? g : `!${g}!`));
    msg += `      didn't match because some of the arguments have invalid types: (${marked.join(", ")})\n`;
  }
  return msg;
}

/** RNN, GRU and LSTM forward. */
export function sequenceForward(config: RecurrentConfig, input: MaybeShape, hx: HiddenArg): RuleResult<SequenceForwardResult> {
  const isLSTM = config.kind === "LSTM";
  const D = directions(config);
  const hOut = outputHiddenSize(config);
  const layersD = mul(config.numLayers, D);
  const outFeatures = mul(D, hOut);
  if (input === null) {
    return ok({ output: null, hN: null, cN: isLSTM ? null : undefined, batched: null, expectedH0: null, expectedC0: null });
  }
  const rank = input.length;
  const batched = rank === 3;

  // 1. Unbatched input is unsqueezed at the batch dim; on a 0-D tensor only dim 0 exists.
  if (rank === 0 && config.batchFirst === false) {
    return err("IndexError", "input must be a 2-D (unbatched) or 3-D (batched) tensor, got a 0-D tensor", "input_rank_0d", "input");
  }

  // 2. The hidden state's container and rank.
  let h0: MaybeShape = null;
  let c0: MaybeShape = null;
  let extraStates = false;
  let hxGiven = false;
  if (isLSTM) {
    const pair = lstmPair(hx);
    if (!pair.ok) return fail(pair.error);
    if (pair.value) {
      ({ h0, c0, extra: extraStates } = pair.value);
      hxGiven = true;
      const want = batched ? 3 : 2;
      const h0Bad = h0 !== null && h0.length !== want;
      const c0Bad = c0 !== null && c0.length !== want;
      if (h0Bad || c0Bad) {
        const what = batched ? "For batched 3-D input, hx and cx should also be 3-D" : "For unbatched 2-D input, hx and cx should also be 2-D";
        return err("RuntimeError", `${what} but got (${rankText(h0)}-D, ${rankText(c0)}-D) tensors`, batched ? "hx_rank_batched" : "hx_rank_unbatched", h0Bad ? "h0" : "c0");
      }
    }
  } else if (hx.kind === "tuple") {
    return err("AttributeError", "'tuple' object has no attribute 'dim'", "hx_container", "hx");
  } else if (hx.kind === "tensor") {
    hxGiven = true;
    h0 = hx.shape;
    if (h0 !== null) {
      if (batched && h0.length !== 3) {
        return err("RuntimeError", `For batched 3-D input, hx should also be 3-D but got ${h0.length}-D tensor`, "hx_rank_batched", "hx");
      }
      if (!batched && h0.length !== 2) {
        return err("RuntimeError", `For unbatched 2-D input, hx should also be 2-D but got ${h0.length}-D tensor`, "hx_rank_unbatched", "hx");
      }
    }
  }

  // 3. check_input on the unsqueezed input.
  const unsqueezedRank = batched ? 3 : rank + 1;
  if (unsqueezedRank !== 3) {
    return err("RuntimeError", `input must have 3 dimensions, got ${unsqueezedRank}`, "input_rank", "input");
  }
  const features = input[input.length - 1] as Dim;
  if (dimEquals(features, config.inputSize) === "no") {
    return err(
      "RuntimeError",
      `input.size(-1) must be equal to input_size. Expected ${formatDim(config.inputSize)}, got ${formatDim(features)}`,
      "input_feature_size",
      "input",
    );
  }

  // 4. The hidden sizes. hx is never batch-first; unbatched states are compared unsqueezed.
  const miniBatch: Dim = !batched ? 1 : config.batchFirst === null ? UNKNOWN : config.batchFirst ? (input[0] as Dim) : (input[1] as Dim);
  const seqLen: Dim = batched && config.batchFirst === null ? UNKNOWN : batched && config.batchFirst ? (input[1] as Dim) : (input[0] as Dim);
  const expectedH = [layersD, miniBatch, hOut];
  const expectedC = [layersD, miniBatch, config.hiddenSize];
  const asChecked = (s: Shape): Shape => (batched ? s : [s[0] as Dim, 1, s[1] as Dim]);
  if (hxGiven && h0 !== null) {
    const actual = asChecked(h0);
    if (shapeEquals(actual, expectedH) === "no") {
      const label = isLSTM ? "hidden[0]" : "hidden";
      return err("RuntimeError", `Expected ${label} size ${formatTuple(expectedH)}, got ${formatList(actual)}`, hiddenCheckId("h0", expectedH, actual), isLSTM ? "h0" : "hx", {
        expected: expectedH,
        actual,
      });
    }
  }
  if (isLSTM && hxGiven && c0 !== null) {
    const actual = asChecked(c0);
    if (shapeEquals(actual, expectedC) === "no") {
      return err("RuntimeError", `Expected hidden[1] size ${formatTuple(expectedC)}, got ${formatList(actual)}`, hiddenCheckId("c0", expectedC, actual), "c0", {
        expected: expectedC,
        actual,
      });
    }
  }

  // 5. The C++ kernel: its argument parser, then its own checks.
  if (config.nonBooleanFlags.length > 0) {
    return err("TypeError", kernelSignatureError(config), "kernel_argument_types", config.nonBooleanFlags[0] ?? "bias");
  }
  if (extraStates) return err("RuntimeError", "lstm expects two hidden states", "hx_container", "hx");
  if (dimIs(seqLen, 0) === "yes") {
    return err("RuntimeError", "Expected sequence length to be larger than 0 in RNN", "seq_len_zero", "input");
  }

  const expectedH0 = batched ? expectedH : [layersD, hOut];
  const expectedC0 = isLSTM ? (batched ? expectedC : [layersD, config.hiddenSize]) : null;
  if (!batched) {
    return ok({
      output: [input[0] as Dim, outFeatures],
      hN: [layersD, hOut],
      cN: isLSTM ? [layersD, config.hiddenSize] : undefined,
      batched,
      expectedH0,
      expectedC0,
    });
  }
  // The output keeps the input's layout whatever batch_first says.
  return ok({
    output: [input[0] as Dim, input[1] as Dim, outFeatures],
    hN: expectedH,
    cN: isLSTM ? expectedC : undefined,
    batched,
    expectedH0,
    expectedC0,
  });
}

/** RNNCell, GRUCell and LSTMCell forward. */
export function cellForward(config: RecurrentConfig, input: MaybeShape, hx: HiddenArg): RuleResult<CellForwardResult> {
  const isLSTM = config.kind === "LSTMCell";
  const H = config.hiddenSize;
  if (input === null) return ok({ h: null, c: isLSTM ? null : undefined, batched: null, expectedHidden: null });
  const rank = input.length;
  if (rank !== 1 && rank !== 2) {
    return err("AssertionError", `${config.kind}: Expected input to be 1-D or 2-D but received ${rank}-D tensor`, "cell_input_rank", "input");
  }
  const batched = rank === 2;
  const unsq = (s: MaybeShape): MaybeShape => (s === null ? null : batched ? s : [1, ...s]);

  // The states as the kernel sees them, with the argument each one blames.
  let states: { shape: MaybeShape; role: ArgumentRole; prefix: "cell_hx" | "cell_cx" }[] = [];
  if (isLSTM) {
    if (hx.kind === "tensor") {
      if (batched) {
        return err("TypeError", "lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor", "hx_container", "hx");
      }
      const h0 = indexTensor(hx.shape, 0);
      if (!h0.ok) return fail(h0.error);
      const c0 = indexTensor(hx.shape, 1);
      if (!c0.ok) return fail(c0.error);
      states = [
        { shape: unsq(h0.value), role: "h0", prefix: "cell_hx" },
        { shape: unsq(c0.value), role: "c0", prefix: "cell_cx" },
      ];
    } else if (hx.kind === "tuple") {
      if (!batched && hx.shapes.length < 2) return err("IndexError", "tuple index out of range", "hx_container", "hx");
      if (batched && hx.shapes.length !== 2) return err("RuntimeError", "lstm_cell expects two hidden states", "hx_container", "hx");
      states = [
        { shape: unsq(hx.shapes[0] ?? null), role: "h0", prefix: "cell_hx" },
        { shape: unsq(hx.shapes[1] ?? null), role: "c0", prefix: "cell_cx" },
      ];
    }
  } else if (hx.kind === "tuple") {
    if (!batched) return err("AttributeError", "'tuple' object has no attribute 'unsqueeze'", "hx_container", "hx");
    const fn = config.kind === "GRUCell" ? "gru_cell" : config.nonlinearity === "relu" ? "rnn_relu_cell" : "rnn_tanh_cell";
    return err("TypeError", `${fn}(): argument 'hx' (position 2) must be Tensor, not tuple`, "hx_container", "hx");
  } else if (hx.kind === "tensor") {
    states = [{ shape: unsq(hx.shape), role: "hx", prefix: "cell_hx" }];
  }

  if (config.kind === "RNNCell" && config.nonlinearity !== null && config.nonlinearity !== "tanh" && config.nonlinearity !== "relu") {
    return err("RuntimeError", `Unknown nonlinearity: ${config.nonlinearity}`, "cell_nonlinearity", "nonlinearity");
  }

  const u = unsq(input) as Shape;
  const batch = u[0] as Dim;
  const features = u[1] as Dim;
  if (dimEquals(features, config.inputSize) === "no") {
    return err("RuntimeError", `input has inconsistent input_size: got ${formatDim(features)} expected ${formatDim(config.inputSize)}`, "cell_input_size", "input");
  }
  // PyTorch 1.13 labels every state "hidden0", LSTMCell's c0 included.
  for (const st of states) {
    const s = st.shape;
    if (s === null) continue;
    if (s.length === 0) {
      return err("IndexError", "Dimension specified as 0 but tensor has no dimensions", `${st.prefix}_rank`, st.role);
    }
    if (dimEquals(batch, s[0] as Dim) === "no") {
      return err("RuntimeError", `Input batch size ${formatDim(batch)} doesn't match hidden0 batch size ${formatDim(s[0] as Dim)}`, `${st.prefix}_batch`, st.role);
    }
    if (s.length === 1) {
      return err("IndexError", dimOutOfRangeMessage(1, 1), "cell_hx_rank", st.role);
    }
    if (dimEquals(s[1] as Dim, H) === "no") {
      return err("RuntimeError", `hidden0 has inconsistent hidden_size: got ${formatDim(s[1] as Dim)}, expected ${formatDim(H)}`, `${st.prefix}_hidden`, st.role);
    }
  }
  // A state of rank > 2 passes the size checks and reaches the matmul with W_hh.
  const h0 = states[0]?.shape;
  if (h0 && h0.length > 2) {
    const last = h0[h0.length - 1] as Dim;
    const rows = product(h0.slice(0, -1));
    if (dimEquals(last, H) === "no") {
      return err(
        "RuntimeError",
        `mat1 and mat2 shapes cannot be multiplied (${formatFactor(rows)}x${formatFactor(last)} and ${formatFactor(H)}x${formatFactor(mul(gateCount(config.kind), H))})`,
        "cell_hx_rank",
        states[0]?.role ?? "hx",
      );
    }
    // Otherwise PyTorch broadcasts the state against the input projection; the engine does not
    // model that, and neither the analyzer: the result is unknown.
    return ok({ h: null, c: isLSTM ? null : undefined, batched, expectedHidden: null });
  }
  const hShape: Shape = batched ? [batch, H] : [H];
  return ok({ h: hShape, c: isLSTM ? hShape : undefined, batched, expectedHidden: hShape });
}
