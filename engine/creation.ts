/** The `torch` namespace: tensor factories, cat/stack, seeding, safetensors files. */
import { TorchError } from "./errors";
import { asBytes, readBody, type BinaryBody, type BinaryData } from "./io/binary-source";
import { readSafetensors, writeSafetensors } from "./io/safetensors";
import { defaultGenerator, manualSeed as seedDefault } from "./random";
import { orThrow } from "./shapes/check";
import { catShape, factoryShape, stackShape } from "./shapes/ops";
import { wrapDim } from "./shapes/dim";
import { intList } from "./int-args";
import { allocFloat32, copyFloat32 } from "./storage";
import { Tensor, sizesFrom, type NestedArray, type SizeArgs } from "./tensor";

/** A zero-filled tensor; `fn` names the factory in PyTorch's errors (`zeros(): argument 'size' ...`). */
function allocate(fn: string, args: SizeArgs): Tensor {
  const sizes = intList(fn, "size", sizesFrom(args));
  const shape = orThrow(factoryShape(sizes)) as number[];
  return new Tensor(allocFloat32(shape.reduce((a, b) => a * b, 1)), shape);
}

export function zeros(...sizes: SizeArgs): Tensor {
  return allocate("zeros", sizes);
}

/** `torch.empty`: PyTorch leaves the memory as it is; here it is zeros. */
export function empty(...sizes: SizeArgs): Tensor {
  return allocate("empty", sizes);
}

export function ones(...sizes: SizeArgs): Tensor {
  const t = allocate("ones", sizes);
  t.storage.fill(1);
  return t;
}

export function full(sizes: readonly number[], value: number): Tensor {
  const t = allocate("full", [sizes]);
  t.storage.fill(value);
  return t;
}

/** Standard normal samples from the seeded generator (PyTorch's algorithm and stream). */
export function randn(...sizes: SizeArgs): Tensor {
  const t = allocate("randn", sizes);
  defaultGenerator.normal(t.storage, 0, 1);
  return t;
}

/** Uniform samples in [0, 1) from the seeded generator. */
export function rand(...sizes: SizeArgs): Tensor {
  const t = allocate("rand", sizes);
  defaultGenerator.uniform(t.storage, 0, 1);
  return t;
}

export function manualSeed(seed: number | bigint): void {
  seedDefault(seed);
}

/** Shape of a nested array, checking it is rectangular as torch.tensor does. */
function nestedShape(values: NestedArray): number[] {
  const shape: number[] = [];
  let probe: NestedArray = values;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0] as NestedArray;
  }
  // Fix: a number where a sequence belongs (or the reverse) is PyTorch's TypeError, not a
  // ValueError claiming a sequence of length 0.
  const check = (v: NestedArray, depth: number): void => {
    if (depth === shape.length) {
      if (Array.isArray(v)) throw new TorchError("TypeError", "must be real number, not list");
      return;
    }
    if (!Array.isArray(v)) throw new TorchError("TypeError", "not a sequence");
    if (v.length !== shape[depth]) {
      throw new TorchError("ValueError", `expected sequence of length ${shape[depth]} at dim ${depth} (got ${v.length})`);
    }
    for (const x of v) check(x, depth + 1);
  };
  check(values, 0);
  return shape;
}

/**
 * A tensor from values: nested arrays (`[[1, 2], [3, 4]]`), or a flat array / Float32Array
 * with its shape. The values are copied.
 */
export function tensor(values: NestedArray | ArrayLike<number>, shape?: readonly number[]): Tensor {
  if (shape !== undefined) {
    const flat = values as ArrayLike<number>;
    const n = shape.reduce((a, b) => a * b, 1);
    if (typeof flat.length !== "number" || flat.length !== n) {
      throw new TorchError("ValueError", `tensor(): ${String((flat as { length?: number }).length)} values do not fill shape [${shape.join(", ")}] (${n} values)`);
    }
    return new Tensor(copyFloat32(flat), orThrow(factoryShape([...shape])) as number[]);
  }
  if (values instanceof Float32Array) return new Tensor(copyFloat32(values), [values.length]);
  const nested = values as NestedArray;
  const dims = nestedShape(nested);
  const flat: number[] = [];
  const walk = (v: NestedArray): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else flat.push(v);
  };
  walk(nested);
  return new Tensor(copyFloat32(flat), dims);
}

/** Concatenates along an existing dim. */
export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  const shape = orThrow(catShape(tensors.map((t) => t.shape), dim)) as number[];
  const parts = tensors.filter((t) => !(t.dim() === 1 && t.size(0) === 0));
  // Fix: only legacy empty [0] tensors: the result is one too, and `dim` was never wrapped.
  if (parts.length === 0) return new Tensor(new Float32Array(0), shape);
  const rank = shape.length;
  const w = wrapDim(dim, rank) as number;
  const outer = shape.slice(0, w).reduce((a, b) => a * b, 1);
  const inner = shape.slice(w + 1).reduce((a, b) => a * b, 1);
  const out = allocFloat32(shape.reduce((a, b) => a * b, 1));
  const rowOut = (shape[w] as number) * inner;
  let col = 0;
  for (const t of parts) {
    const src = t.contiguous();
    const rowIn = t.size(w) * inner;
    for (let o = 0; o < outer; o++) {
      out.set(src.storage.subarray(src.offset + o * rowIn, src.offset + (o + 1) * rowIn), o * rowOut + col);
    }
    col += rowIn;
  }
  return new Tensor(out, shape);
}

/** Stacks equal-shaped tensors along a new dim. */
export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  orThrow(stackShape(tensors.map((t) => t.shape), dim));
  const first = tensors[0] as Tensor;
  const w = wrapDim(dim, first.dim() + 1) as number;
  return cat(tensors.map((t) => t.unsqueeze(w)), w);
}

/** Tensors by name from the bytes of a safetensors file. */
export function loadSafetensors(bytes: BinaryData): Record<string, Tensor> {
  // Null prototype and defineProperty: a tensor named `__proto__` (or `constructor`) is an entry
  // like any other, not a prototype change.
  const out = Object.create(null) as Record<string, Tensor>;
  for (const [name, t] of readSafetensors(asBytes(bytes)).tensors) {
    Object.defineProperty(out, name, { value: new Tensor(t.data, t.shape), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Tensors by name from a safetensors file read from a `fetch` response or a `Blob`:
 * `await torch.loadSafetensorsFrom(fetch("model.safetensors"))`.
 */
export async function loadSafetensorsFrom(source: BinaryBody | PromiseLike<BinaryBody>): Promise<Record<string, Tensor>> {
  return loadSafetensors(await readBody(source));
}

/** The bytes of a safetensors file holding the given tensors (F32). */
export function saveSafetensors(tensors: Readonly<Record<string, Tensor>>, metadata?: Record<string, string>): Uint8Array {
  return writeSafetensors(
    Object.entries(tensors).map(([k, t]): [string, { shape: number[]; data: Float32Array }] => [k, { shape: t.shape, data: t.copyData() }]),
    metadata,
  );
}
