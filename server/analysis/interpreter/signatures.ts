/**
 * PyTorch's parameter names, for arguments passed by name (`torch.cat(xs, dim=1)`,
 * `x.transpose(dim0=0, dim1=1)`, `lstm(x, hx=h0)`): each named argument takes its parameter's
 * place among the positional ones. The engine's API is PyTorch's, so these are its names too.
 */
import type { Arg } from "./engine-api";

/** Keywords that never change a result's shape (where a tensor lives, its type, autograd). */
export const SHAPE_NEUTRAL_KEYWORDS: ReadonlySet<string> = new Set(["dtype", "device", "requires_grad", "layout", "pin_memory", "memory_format", "non_blocking", "copy", "generator", "inplace"]);

/** `torch.<name>` functions: positional parameters in order. */
export const TORCH_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  cat: ["tensors", "dim"],
  stack: ["tensors", "dim"],
  tensor: ["data"],
  full: ["size", "fill_value"],
  zeros_like: ["input"],
  ones_like: ["input"],
  randn_like: ["input"],
  rand_like: ["input"],
  empty_like: ["input"],
  flatten: ["input", "start_dim", "end_dim"],
  transpose: ["input", "dim0", "dim1"],
  squeeze: ["input", "dim"],
  unsqueeze: ["input", "dim"],
  reshape: ["input", "shape"],
  permute: ["input", "dims"],
  chunk: ["input", "chunks", "dim"],
  split: ["tensor", "split_size_or_sections", "dim"],
  select: ["input", "dim", "index"],
  softmax: ["input", "dim"],
  log_softmax: ["input", "dim"],
};

/** Tensor methods: positional parameters in order. */
export const TENSOR_METHOD_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  transpose: ["dim0", "dim1"],
  permute: ["dims"],
  unsqueeze: ["dim"],
  squeeze: ["dim"],
  flatten: ["start_dim", "end_dim"],
  select: ["dim", "index"],
  size: ["dim"],
  chunk: ["chunks", "dim"],
  split: ["split_size", "dim"],
  view: ["size"],
  reshape: ["shape"],
  softmax: ["dim"],
  log_softmax: ["dim"],
};

/** Calling a module: `forward(input, hx)`. */
export const MODULE_CALL_PARAMETERS: readonly string[] = ["input", "hx"];

/** Constructors other than the recurrent ones (whose options the engine reads itself). */
export const MODULE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  Linear: ["in_features", "out_features", "bias"],
  Embedding: ["num_embeddings", "embedding_dim", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"],
  Dropout: ["p", "inplace"],
};

/**
 * The arguments in parameter order, named ones in their places; null when they cannot be placed:
 * a name the function does not take (and that cannot leave the shape alone), a parameter given
 * twice, or a parameter skipped before a later one (its default is not an argument here).
 */
export function placeArguments(params: readonly string[], positional: readonly Arg[], named: ReadonlyMap<string, Arg>): Arg[] | null {
  const out = [...positional];
  let gap = false;
  for (let i = positional.length; i < params.length; i++) {
    const a = named.get(params[i] as string);
    if (!a) {
      gap = true;
      continue;
    }
    if (gap) return null;
    out.push(a);
  }
  for (const k of named.keys()) {
    const i = params.indexOf(k);
    if (i === -1 ? !SHAPE_NEUTRAL_KEYWORDS.has(k) : i < positional.length) return null;
  }
  return out;
}
