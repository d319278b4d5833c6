/**
 * Float32 tensors with PyTorch's view semantics: a tensor is a window (shape, strides, offset)
 * on a shared Float32Array, so view/permute/transpose/select/slice/unsqueeze share memory and
 * `contiguous()` / `data` copy only when the window is not already row-major and whole.
 * Every shape check goes through the rules in shapes/, the same ones the analyzer uses.
 */
import { ShapeError } from "./errors";
import { intArg, intList } from "./int-args";
import { orThrow } from "./shapes/check";
import { formatList, wrapDim, dimOutOfRangeMessage } from "./shapes/dim";
import { computeViewStrides, contiguousStrides, VIEW_NOT_CONTIGUOUS_MESSAGE, permuteStrides, selectStrides, sliceStrides, squeezeStrides, transposeStrides, unsqueezeStrides } from "./shapes/strides";
export { contiguousStrides } from "./shapes/strides";
import {
  flattenShape,
  permuteShape,
  selectShape,
  sliceShape,
  squeezeShape,
  transposeShape,
  unsqueezeShape,
  viewShape,
} from "./shapes/ops";
import { allocFloat32 } from "./storage";

export type NestedArray = number | NestedArray[];

/** Sizes given as arguments (`view(2, 3)`) or as one array (`view([2, 3])`). */
export type SizeArgs = number[] | [readonly number[]];

export function sizesFrom(args: SizeArgs): number[] {
  const first = args[0];
  if (args.length === 1 && Array.isArray(first)) return [...first];
  return args as number[];
}


function numelOfShape(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export class Tensor {
  /** The storage this tensor is a window on (shared with its views). */
  readonly storage: Float32Array;
  readonly offset: number;
  private readonly _shape: readonly number[];
  private readonly _strides: readonly number[];

  constructor(storage: Float32Array, shape: readonly number[], strides?: readonly number[], offset = 0) {
    this.storage = storage;
    this._shape = Object.freeze([...shape]);
    this._strides = Object.freeze(strides ? [...strides] : contiguousStrides(shape));
    this.offset = offset;
  }

  /** The sizes, as a fresh array. */
  get shape(): number[] {
    return [...this._shape];
  }

  get strides(): number[] {
    return [...this._strides];
  }

  size(): number[];
  size(dim: number): number;
  size(dim?: number): number[] | number {
    if (dim === undefined) return this.shape;
    // Fix: size() does not treat a 0-d tensor as 1-D (unlike most ops), and says so in its own words.
    if (this._shape.length === 0) {
      throw new ShapeError("IndexError", `Dimension specified as ${dim} but tensor has no dimensions`, "dim_out_of_range");
    }
    const w = wrapDim(dim, this._shape.length);
    if (w === null) {
      throw new ShapeError("IndexError", dimOutOfRangeMessage(dim, this._shape.length), "dim_out_of_range");
    }
    return this._shape[w] as number;
  }

  dim(): number {
    return this._shape.length;
  }

  numel(): number {
    return numelOfShape(this._shape);
  }

  /** Row-major with no gaps (it may still start at an offset). */
  isContiguous(): boolean {
    // Fix: as in PyTorch, a tensor without elements is contiguous whatever its strides.
    if (this.numel() === 0) return true;
    let expected = 1;
    for (let i = this._shape.length - 1; i >= 0; i--) {
      const size = this._shape[i] as number;
      if (size !== 1 && this._strides[i] !== expected) return false;
      expected *= size;
    }
    return true;
  }

  /** Row-major values; the storage itself when this tensor is all of it, otherwise a copy. */
  get data(): Float32Array {
    const n = this.numel();
    if (this.isContiguous() && this.offset === 0 && this.storage.length === n) return this.storage;
    return this.copyData();
  }

  /** A fresh row-major copy of the values. */
  copyData(): Float32Array {
    const n = this.numel();
    const out = allocFloat32(n);
    if (this.isContiguous()) {
      out.set(this.storage.subarray(this.offset, this.offset + n));
      return out;
    }
    const rank = this._shape.length;
    const idx = new Array<number>(rank).fill(0);
    let src = this.offset;
    for (let i = 0; i < n; i++) {
      out[i] = this.storage[src] as number;
      // advance the multi-index like an odometer, updating the source offset incrementally
      for (let d = rank - 1; d >= 0; d--) {
        const next = (idx[d] as number) + 1;
        if (next < (this._shape[d] as number)) {
          idx[d] = next;
          src += this._strides[d] as number;
          break;
        }
        idx[d] = 0;
        src -= ((this._shape[d] as number) - 1) * (this._strides[d] as number);
      }
    }
    return out;
  }

  contiguous(): Tensor {
    if (this.isContiguous()) return this;
    return new Tensor(this.copyData(), this._shape);
  }

  /**
   * The same values without autograd history, as PyTorch's `detach()`: a tensor sharing this
   * one's storage, shape and strides (the engine keeps no history, so nothing else changes).
   */
  detach(): Tensor {
    return new Tensor(this.storage, this._shape, this._strides, this.offset);
  }

  /** A copy with its own storage, row-major (PyTorch's `clone()` of a dense CPU tensor). */
  clone(): Tensor {
    return new Tensor(this.copyData(), this._shape);
  }

  /**
   * A view with new sizes (one may be -1). As in PyTorch, the tensor need not be contiguous: the
   * view exists when each new dim lies within one contiguous chunk of the old dims (a transposed
   * tensor can still be split or merged along its contiguous parts).
   */
  view(...sizes: SizeArgs): Tensor {
    const shape = orThrow(viewShape(this._shape, intList("view", "size", sizesFrom(sizes)))) as number[];
    // Fix: this used to require isContiguous(), rejecting views PyTorch allows (permute(2, 0, 1).view(4, 6)).
    const strides = computeViewStrides(this._shape, this._strides, shape);
    if (strides === null) {
      throw new ShapeError("RuntimeError", VIEW_NOT_CONTIGUOUS_MESSAGE, "view_not_contiguous");
    }
    return new Tensor(this.storage, shape, strides, this.offset);
  }

  /** A view when one exists (as `view`), otherwise a contiguous copy with the new sizes. */
  reshape(...sizes: SizeArgs): Tensor {
    const shape = orThrow(viewShape(this._shape, intList("reshape", "shape", sizesFrom(sizes)))) as number[];
    // Fix: PyTorch returns a view whenever `view` would succeed, not only for contiguous tensors.
    const strides = computeViewStrides(this._shape, this._strides, shape);
    if (strides !== null) return new Tensor(this.storage, shape, strides, this.offset);
    return new Tensor(this.copyData(), shape);
  }

  permute(...dims: SizeArgs): Tensor {
    const order = sizesFrom(dims);
    const shape = orThrow(permuteShape(this._shape, order)) as number[];
    return new Tensor(this.storage, shape, permuteStrides(this._strides, order), this.offset);
  }

  transpose(dim0: number, dim1: number): Tensor {
    const shape = orThrow(transposeShape(this._shape, dim0, dim1)) as number[];
    if (this._shape.length === 0) return this;
    return new Tensor(this.storage, shape, transposeStrides(this._strides, dim0, dim1), this.offset);
  }

  /** 2-D transpose, as `t()` in PyTorch. */
  t(): Tensor {
    if (this._shape.length > 2) {
      throw new ShapeError("RuntimeError", `t() expects a tensor with <= 2 dimensions, but self is ${this._shape.length}D`, "t_invalid");
    }
    return this._shape.length < 2 ? this : this.transpose(0, 1);
  }

  unsqueeze(dim: number): Tensor {
    const shape = orThrow(unsqueezeShape(this._shape, dim)) as number[];
    return new Tensor(this.storage, shape, unsqueezeStrides(this._shape, this._strides, dim), this.offset);
  }

  squeeze(dim?: number): Tensor {
    const shape = orThrow(squeezeShape(this._shape, dim)) as number[];
    return new Tensor(this.storage, shape, squeezeStrides(this._shape, this._strides, dim), this.offset);
  }

  flatten(startDim = 0, endDim = -1): Tensor {
    const shape = orThrow(flattenShape(this._shape, startDim, endDim)) as number[];
    // As PyTorch: a 0-d tensor becomes [1]; flattening one dim returns the tensor itself (same strides).
    if (this._shape.length > 0 && wrapDim(startDim, this._shape.length) === wrapDim(endDim, this._shape.length)) return this;
    return this.reshape(shape);
  }

  /** The slice at `index` along `dim`, without that dim (a view). */
  select(dimArg: number, indexArg: number): Tensor {
    const dim = intArg("select", "dim", 1, dimArg);
    const index = intArg("select", "index", 2, indexArg);
    const shape = orThrow(selectShape(this._shape, dim, index)) as number[];
    const w = wrapDim(dim, this._shape.length) as number;
    const size = this._shape[w] as number;
    const i = index < 0 ? index + size : index;
    return new Tensor(this.storage, shape, selectStrides(this._strides, dim), this.offset + i * (this._strides[w] as number));
  }

  /** `t[start:end:step]` along `dim` (a view); bounds are clamped as in Python slicing. */
  slice(dim: number, start?: number, end?: number, step = 1): Tensor {
    const shape = orThrow(sliceShape(this._shape, dim, start, end, step)) as number[];
    const w = wrapDim(dim, this._shape.length) as number;
    const size = this._shape[w] as number;
    const s = start === undefined ? 0 : Math.min(Math.max(start < 0 ? start + size : start, 0), size);
    return new Tensor(this.storage, shape, sliceStrides(this._strides, dim, step), this.offset + s * (this._strides[w] as number));
  }

  /** Nested arrays of numbers, like `tensor.tolist()`. */
  toArray(): NestedArray {
    const flat = this.data;
    if (this._shape.length === 0) return flat[0] as number;
    let pos = 0;
    const build = (d: number): NestedArray[] => {
      const n = this._shape[d] as number;
      const out: NestedArray[] = [];
      for (let i = 0; i < n; i++) out.push(d === this._shape.length - 1 ? (flat[pos++] as number) : build(d + 1));
      return out;
    };
    return build(0);
  }

  /** The value of a one-element tensor. */
  item(): number {
    if (this.numel() !== 1) {
      // Fix: PyTorch 1.13's Tensor.item() raises this ValueError (not ATen's RuntimeError text).
      throw new ShapeError("ValueError", "only one element tensors can be converted to Python scalars", "item_invalid");
    }
    return this.storage[this.offset] as number;
  }

  toString(): string {
    return `Tensor(shape=${formatList(this._shape)})`;
  }
}
