/**
 * Strides: where each element of a strided view lies in its storage. The engine's tensors and the
 * analyzer both use these, so whether a `view` of a transposed tensor exists is decided by one
 * function (a port of PyTorch's `computeStride`).
 */

/** PyTorch's error for a `view` that no strides can give (`reshape` copies instead). */
export const VIEW_NOT_CONTIGUOUS_MESSAGE =
  "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.";

/** Row-major strides of a shape. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    // Fix: PyTorch steps over a size-0 dim as if it had size 1 (zeros(2, 0, 3) has strides (3, 3, 1)).
    s *= Math.max(shape[i] as number, 1);
  }
  return strides;
}

/**
 * The strides of a view with sizes `newShape` on a tensor with `oldShape`/`oldStrides`, or null when
 * no such view exists (a new dim would span two non-adjacent memory chunks). A port of PyTorch's
 * `at::detail::computeStride` (aten/src/ATen/TensorUtils.cpp), which `view` and `reshape` use.
 */
export function computeViewStrides(oldShape: readonly number[], oldStrides: readonly number[], newShape: readonly number[]): number[] | null {
  if (oldShape.length === 0) return newShape.map(() => 1);
  const numel = numelOfShape(oldShape);
  if (numel === 0 && oldShape.length === newShape.length && oldShape.every((d, i) => d === newShape[i])) return [...oldStrides];
  const newStrides = new Array<number>(newShape.length).fill(0);
  if (numel === 0) {
    for (let d = newShape.length - 1; d >= 0; d--) {
      newStrides[d] = d === newShape.length - 1 ? 1 : Math.max(newShape[d + 1] as number, 1) * (newStrides[d + 1] as number);
    }
    return newStrides;
  }
  let viewD = newShape.length - 1;
  let chunkBaseStride = oldStrides[oldStrides.length - 1] as number;
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
    tensorNumel *= oldShape[tensorD] as number;
    // at the end of a chunk of dims laid out contiguously, the view's dims must tile it exactly
    if (tensorD === 0 || (oldShape[tensorD - 1] !== 1 && oldStrides[tensorD - 1] !== tensorNumel * chunkBaseStride)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] === 1)) {
        newStrides[viewD] = viewNumel * chunkBaseStride;
        viewNumel *= newShape[viewD] as number;
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (tensorD > 0) {
        chunkBaseStride = oldStrides[tensorD - 1] as number;
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? newStrides : null;
}

function numelOfShape(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function wrap(dim: number, rank: number): number {
  return dim < 0 ? dim + rank : dim;
}

/** The strides after `permute(order)` (the order already checked). */
export function permuteStrides(strides: readonly number[], order: readonly number[]): number[] {
  return order.map((d) => strides[wrap(d, strides.length)] as number);
}

/** The strides after `transpose(a, b)` (the dims already checked). */
export function transposeStrides(strides: readonly number[], a: number, b: number): number[] {
  if (strides.length === 0) return [];
  const out = [...strides];
  const x = wrap(a, strides.length);
  const y = wrap(b, strides.length);
  out[x] = strides[y] as number;
  out[y] = strides[x] as number;
  return out;
}

/** The strides after `select(dim, i)`: the dim is gone. */
export function selectStrides(strides: readonly number[], dim: number): number[] {
  const w = wrap(dim, strides.length);
  return strides.filter((_, k) => k !== w);
}

/** The strides after `unsqueeze(dim)` on a tensor of `shape`. */
export function unsqueezeStrides(shape: readonly number[], strides: readonly number[], dim: number): number[] {
  const w = wrap(dim, shape.length + 1);
  const out = [...strides];
  out.splice(w, 0, w < shape.length ? (strides[w] as number) * (shape[w] as number) : 1);
  return out;
}

/** The strides after `squeeze(dim?)` on a tensor of `shape`. */
export function squeezeStrides(shape: readonly number[], strides: readonly number[], dim?: number): number[] {
  if (dim === undefined) return strides.filter((_, i) => shape[i] !== 1);
  const w = shape.length === 0 ? -1 : wrap(dim, shape.length);
  return strides.filter((_, i) => i !== w || shape[i] !== 1);
}

/** The strides after `slice(dim, start, end, step)`. */
export function sliceStrides(strides: readonly number[], dim: number, step: number): number[] {
  const out = [...strides];
  const w = wrap(dim, strides.length);
  out[w] = (strides[w] as number) * step;
  return out;
}
