/**
 * Shape rules of the tensor operations model code uses around recurrent layers: view/reshape,
 * permute, transpose, unsqueeze, squeeze, flatten, select, slice, cat, stack, Linear and
 * Embedding. Each returns the result shape or PyTorch 1.13's error for the call, over dims
 * that may be symbolic (see dim.ts); the concrete Tensor methods call the same functions.
 */
import {
  add,
  dimEquals,
  dimIs,
  dimLess,
  dimOutOfRangeMessage,
  divExact,
  formatDim,
  formatFactor,
  formatList,
  isKnown,
  isUnknown,
  product,
  sub,
  UNKNOWN,
  wrapDim,
  type Dim,
  type MaybeShape,
  type Shape,
} from "./dim";
import { fail, ok, type ArgumentRole, type CheckId, type RuleResult } from "./result";

type OpResult = RuleResult<MaybeShape>;

function opError(pytorchType: "RuntimeError" | "IndexError", message: string, check: CheckId, argument: ArgumentRole = "dims", index?: number): OpResult {
  return fail(index === undefined ? { pytorchType, message, check, argument } : { pytorchType, message, check, argument, index });
}

function outOfRange(dim: number, rank: number, argument: ArgumentRole = "dims"): OpResult {
  return opError("IndexError", dimOutOfRangeMessage(dim, rank), "dim_out_of_range", argument);
}

/** `view` / `reshape` to `sizes` (one may be -1): checks and infers like PyTorch's infer_size. */
export function viewShape(input: MaybeShape, sizes: readonly Dim[]): OpResult {
  let inferAt = -1;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i] as Dim;
    if (s === -1) {
      if (inferAt >= 0) return opError("RuntimeError", "only one dimension can be inferred", "reshape_invalid");
      inferAt = i;
    } else if (isKnown(s) && s < 0) {
      return opError("RuntimeError", `invalid shape dimension ${s}`, "reshape_invalid");
    }
  }
  if (input === null) {
    return ok(inferAt < 0 ? [...sizes] : sizes.map((s, i) => (i === inferAt ? UNKNOWN : s)));
  }
  const numel = product(input);
  const known = product(sizes.filter((_, i) => i !== inferAt));
  const shapeText = `shape '${formatList(sizes)}' is invalid for input of size ${formatDim(numel)}`;
  if (inferAt < 0) {
    if (dimEquals(numel, known) === "no") return opError("RuntimeError", shapeText, "reshape_invalid");
    return ok([...sizes]);
  }
  if (dimIs(known, 0) === "yes") {
    if (dimIs(numel, 0) === "yes") {
      return opError(
        "RuntimeError",
        `cannot reshape tensor of 0 elements into shape ${formatList(sizes)} because the unspecified dimension size -1 can be any value and is ambiguous`,
        "reshape_invalid",
      );
    }
    if (dimIs(numel, 0) === "no") return opError("RuntimeError", shapeText, "reshape_invalid");
    return ok(sizes.map((s, i) => (i === inferAt ? UNKNOWN : s)));
  }
  const inferred = divExact(numel, known);
  if (isKnown(numel) && isKnown(known) && isUnknown(inferred)) return opError("RuntimeError", shapeText, "reshape_invalid");
  return ok(sizes.map((s, i) => (i === inferAt ? inferred : s)));
}

export function permuteShape(input: MaybeShape, dims: readonly number[]): OpResult {
  if (input === null) return ok(dims.map(() => UNKNOWN));
  const rank = input.length;
  if (dims.length !== rank) {
    return opError(
      "RuntimeError",
      `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${rank} is not equal to len(dims) = ${dims.length}`,
      "permute_invalid",
    );
  }
  const seen = new Set<number>();
  const out: Dim[] = [];
  for (const d of dims) {
    const w = wrapDim(d, rank);
    if (w === null) return outOfRange(d, rank);
    if (seen.has(w)) return opError("RuntimeError", "permute(): duplicate dims are not allowed.", "permute_invalid");
    seen.add(w);
    out.push(input[w] as Dim);
  }
  return ok(out);
}

export function transposeShape(input: MaybeShape, dim0: number, dim1: number): OpResult {
  if (input === null) return ok(null);
  const rank = input.length;
  const a = wrapDim(dim0, rank);
  if (a === null) return outOfRange(dim0, rank);
  const b = wrapDim(dim1, rank);
  if (b === null) return outOfRange(dim1, rank);
  if (rank === 0) return ok([]);
  const out = [...input];
  out[a] = input[b] as Dim;
  out[b] = input[a] as Dim;
  return ok(out);
}

export function unsqueezeShape(input: MaybeShape, dim: number): OpResult {
  if (input === null) return ok(null);
  const w = wrapDim(dim, input.length + 1);
  if (w === null) return outOfRange(dim, input.length + 1);
  const out = [...input];
  out.splice(w, 0, 1);
  return ok(out);
}

/** `squeeze()` drops every size-1 dim; `squeeze(dim)` that one if its size is 1. */
export function squeezeShape(input: MaybeShape, dim?: number): OpResult {
  if (input === null) return ok(null);
  if (dim === undefined) {
    // A symbolic dim might be 1: then the rank after squeeze is unknown.
    if (input.some((d) => dimIs(d, 1) === "maybe")) return ok(null);
    return ok(input.filter((d) => dimIs(d, 1) !== "yes"));
  }
  if (input.length === 0) {
    const w = wrapDim(dim, 0);
    return w === null ? outOfRange(dim, 0) : ok([]);
  }
  const w = wrapDim(dim, input.length);
  if (w === null) return outOfRange(dim, input.length);
  const size = input[w] as Dim;
  const one = dimIs(size, 1);
  if (one === "maybe") return ok(null);
  if (one === "no") return ok([...input]);
  return ok(input.filter((_, i) => i !== w));
}

export function flattenShape(input: MaybeShape, startDim = 0, endDim = -1): OpResult {
  if (input === null) return ok(null);
  const rank = input.length;
  const s = wrapDim(startDim, rank);
  if (s === null) return outOfRange(startDim, rank);
  const e = wrapDim(endDim, rank);
  if (e === null) return outOfRange(endDim, rank);
  if (s > e) return opError("RuntimeError", "flatten() has invalid args: start_dim cannot come after end_dim", "flatten_invalid");
  if (rank === 0) return ok([1]);
  return ok([...input.slice(0, s), product(input.slice(s, e + 1)), ...input.slice(e + 1)]);
}

export function selectShape(input: MaybeShape, dim: number, index: number): OpResult {
  if (input === null) return ok(null);
  const rank = input.length;
  if (rank === 0) return opError("IndexError", "select() cannot be applied to a 0-dim tensor.", "select_invalid");
  const w = wrapDim(dim, rank);
  if (w === null) return outOfRange(dim, rank);
  const size = input[w] as Dim;
  // index must satisfy -size <= index < size
  const outside = index < 0 ? dimLess(size, -index) === "yes" : dimLess(index, size) === "no";
  if (outside) {
    return opError(
      "IndexError",
      `select(): index ${index} out of range for tensor of size ${formatList(input)} at dimension ${w}`,
      "select_invalid",
    );
  }
  return ok(input.filter((_, i) => i !== w));
}

/**
 * `narrow`-free slicing `t[start:end:step]` along a dim; PyTorch clamps start and end. `dim` is the
 * position of the slice in a Python index: `t[a:b]` (0), `t[:, a:b]` (1), `t[..., a:b]` (-1),
 * `t[..., a:b, :]` (-2); the errors are those of that Python expression.
 */
export function sliceShape(input: MaybeShape, dim: number, start: number | undefined, end: number | undefined, step = 1): OpResult {
  // Fix: the errors were ATen's slice() ones ("slice step must be positive", "Dimension out of
  // range"); Python indexing checks the number of indices first (except for a lone `t[a:b]`),
  // then the step, with these messages.
  const sliceError = (pytorchType: "ValueError" | "IndexError", message: string): OpResult =>
    fail({ pytorchType, message, check: "slice_invalid", argument: "dims" });
  const indices = dim >= 0 ? dim + 1 : -dim; // `...` is not an index
  if (input !== null && dim !== 0 && indices > input.length) return sliceError("IndexError", `too many indices for tensor of dimension ${input.length}`);
  if (step === 0) return sliceError("ValueError", "slice step cannot be zero");
  if (step < 0) return sliceError("ValueError", "step must be greater than zero");
  if (input === null) return ok(null);
  const rank = input.length;
  if (rank === 0) return opError("IndexError", "slice() cannot be applied to a 0-dim tensor.", "slice_invalid");
  const w = wrapDim(dim, rank);
  if (w === null) return outOfRange(dim, rank);
  const size = input[w] as Dim;
  const out = [...input];
  out[w] = sliceLength(size, start, end, step);
  return ok(out);
}

/** Length of `[start:end:step]` over a dim of `size`, symbolic where it can be. */
export function sliceLength(size: Dim, start: number | undefined, end: number | undefined, step: number): Dim {
  if (isKnown(size)) {
    const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + size : v, 0), size);
    const s = start === undefined ? 0 : clamp(start);
    const e = end === undefined ? size : clamp(end);
    return e > s ? Math.ceil((e - s) / step) : 0;
  }
  if (step !== 1) return UNKNOWN;
  // Symbolic size: exact only when the bounds do not need clamping knowledge.
  if (start === undefined && end === undefined) return size;
  if ((start ?? 0) >= 0 && end === undefined) return sub(size, start ?? 0);
  if ((start ?? 0) < 0 && end === undefined) return UNKNOWN;
  return UNKNOWN;
}

/**
 * `torch.cat(tensors, dim)`. PyTorch checks, in order: a non-empty list, no 0-d tensor, the dim
 * against the first tensor that is not a legacy empty `[0]` (those are skipped), then each
 * tensor's rank and sizes against that one.
 */
export function catShape(inputs: readonly MaybeShape[], dim: number): OpResult {
  if (inputs.length === 0) return opError("RuntimeError", "torch.cat(): expected a non-empty list of Tensors", "cat_invalid", "tensors");
  // Fix: 0-d tensors were not rejected (PyTorch checks them first, before the dim).
  const zeroDim = inputs.findIndex((s) => s !== null && s.length === 0);
  if (zeroDim >= 0) {
    return opError("RuntimeError", `zero-dimensional tensor (at position ${zeroDim}) cannot be concatenated`, "cat_invalid", "tensors", zeroDim);
  }
  const isLegacyEmpty = (s: Shape) => s.length === 1 && s[0] === 0;
  const mayBeLegacyEmpty = (s: Shape) => s.length === 1 && dimIs(s[0] as Dim, 0) === "maybe";
  // Fix (soundness for symbolic shapes): a tensor of unknown rank, or a rank-1 tensor whose size
  // may be 0, before the first certain reference may be the real reference (or be skipped); a
  // tensor of unknown rank anywhere may be 0-d. An error found then is not certain: no error.
  let ref: Shape | undefined;
  let refUncertain = false;
  for (const s of inputs) {
    if (s === null || mayBeLegacyEmpty(s)) refUncertain = true;
    else if (!isLegacyEmpty(s)) {
      ref = s;
      break;
    }
  }
  // Fix: when every input is a legacy empty [0] tensor, PyTorch returns one (any dim accepted).
  if (!ref) return ok(inputs.every((s) => s !== null && isLegacyEmpty(s)) ? [0] : null);
  const uncertain = (error: OpResult): OpResult => (refUncertain ? ok(null) : error);
  const rank = ref.length;
  const w = wrapDim(dim, rank);
  if (w === null) return refUncertain || inputs.includes(null) ? ok(null) : outOfRange(dim, rank);
  let total: Dim = 0;
  for (let i = 0; i < inputs.length; i++) {
    const s = inputs[i] as MaybeShape;
    if (s === null) {
      total = UNKNOWN;
      continue;
    }
    // PyTorch still skips legacy empty 1-D tensors of size 0 in cat.
    if (isLegacyEmpty(s)) continue;
    // Size 0 (skipped) or not (then it must match): either way it adds its size when the call succeeds.
    if (s !== ref && mayBeLegacyEmpty(s) && rank !== 1) continue;
    if (s.length !== rank) {
      return uncertain(opError("RuntimeError", `Tensors must have same number of dimensions: got ${rank} and ${s.length}`, "cat_invalid", "tensors", i));
    }
    for (let d = 0; d < rank; d++) {
      if (d === w) continue;
      if (dimEquals(s[d] as Dim, ref[d] as Dim) === "no") {
        return uncertain(
          opError(
            "RuntimeError",
            `Sizes of tensors must match except in dimension ${w}. Expected size ${formatDim(ref[d] as Dim)} but got size ${formatDim(s[d] as Dim)} for tensor number ${i} in the list.`,
            "cat_invalid",
            "tensors",
            i,
          ),
        );
      }
    }
    total = add(total, s[w] as Dim);
  }
  const out = [...ref];
  out[w] = total;
  return ok(out);
}

/** `torch.stack(tensors, dim)`. */
export function stackShape(inputs: readonly MaybeShape[], dim: number): OpResult {
  if (inputs.length === 0) return opError("RuntimeError", "stack expects a non-empty TensorList", "stack_invalid", "tensors");
  const ref = inputs.find((s): s is Shape => s !== null);
  if (!ref) return ok(null);
  // Fix (soundness for symbolic shapes): PyTorch wraps the dim by the rank of tensors[0] and
  // compares every tensor with it; when its rank is unknown, an error found here is not certain.
  const firstUnknown = inputs[0] === null;
  const w = wrapDim(dim, ref.length + 1);
  if (w === null) return firstUnknown ? ok(null) : outOfRange(dim, ref.length + 1);
  const refIndex = inputs.indexOf(ref);
  for (let i = 0; i < inputs.length; i++) {
    const s = inputs[i] as MaybeShape;
    if (s === null) continue;
    const same = s.length === ref.length && s.every((d, j) => dimEquals(d, ref[j] as Dim) !== "no");
    if (!same) {
      if (firstUnknown) return ok(null);
      return opError(
        "RuntimeError",
        `stack expects each tensor to be equal size, but got ${formatList(ref)} at entry ${refIndex} and ${formatList(s)} at entry ${i}`,
        "stack_invalid",
        "tensors",
        i,
      );
    }
  }
  const out = [...ref];
  out.splice(w, 0, inputs.length);
  return ok(out);
}

/** `nn.Linear(inFeatures, outFeatures)` applied to `input` (F.linear). */
export function linearShape(input: MaybeShape, inFeatures: Dim, outFeatures: Dim): OpResult {
  if (input === null) return ok(null);
  if (input.length === 0) {
    return opError("RuntimeError", "both arguments to matmul need to be at least 1D, but they are 0D and 2D", "linear_in_features", "input");
  }
  const last = input[input.length - 1] as Dim;
  if (dimEquals(last, inFeatures) === "no") {
    const rows = input.length === 1 ? 1 : product(input.slice(0, -1));
    return opError(
      "RuntimeError",
      `mat1 and mat2 shapes cannot be multiplied (${formatFactor(rows)}x${formatFactor(last)} and ${formatFactor(inFeatures)}x${formatFactor(outFeatures)})`,
      "linear_in_features",
      "input",
    );
  }
  return ok([...input.slice(0, -1), outFeatures]);
}

/** `nn.Embedding(num, dim)` applied to an index tensor: appends the embedding dim. */
export function embeddingShape(indices: MaybeShape, embeddingDim: Dim): OpResult {
  if (indices === null) return ok(null);
  return ok([...indices, embeddingDim]);
}

/** Element count of a shape. */
export function numelOf(shape: Shape): Dim {
  return product(shape);
}

/** Sizes of `zeros(a, b, c)`-style factory calls: negative sizes are PyTorch's RuntimeError. */
export function factoryShape(sizes: readonly Dim[]): OpResult {
  for (const s of sizes) {
    if (dimLess(s, 0) === "yes") {
      return opError("RuntimeError", `Trying to create tensor with negative dimension ${formatDim(s)}: ${formatList(sizes)}`, "factory_negative", "dims");
    }
  }
  return ok([...sizes]);
}
