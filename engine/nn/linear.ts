/** nn.Linear and nn.Embedding, the layers model code puts before and after a recurrent layer. */
import { ShapeError } from "../errors";
import { kernels } from "../kernels";
import { defaultGenerator } from "../random";
import { orThrow, orThrowArgument } from "../shapes/check";
import { embeddingShape, factoryShape, linearShape } from "../shapes/ops";
import { tensor } from "../creation";
import { intArg } from "../int-args";
import { allocFloat32 } from "../storage";
import { Tensor, type NestedArray } from "../tensor";
import { Module, Parameter } from "./module";

function checkedSize(owner: string, name: string, v: number): number {
  // A BigInt size is the int it holds, as for the factories and the recurrent modules.
  if (typeof v === "bigint") return intArg(owner, name, 1, v);
  if (!Number.isInteger(v)) {
    throw new ShapeError("TypeError", `${owner}: ${name} must be an integer, got ${v}`, "ctor_non_int_size");
  }
  return v;
}

export interface LinearOptions {
  bias?: boolean;
}

export class Linear extends Module {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly weight: Parameter;
  readonly bias: Parameter | null;

  constructor(inFeatures: number, outFeatures: number, options: LinearOptions = {}) {
    super();
    this.inFeatures = checkedSize("Linear", "in_features", inFeatures);
    this.outFeatures = checkedSize("Linear", "out_features", outFeatures);
    orThrowArgument(factoryShape([this.outFeatures, this.inFeatures]));
    this.weight = new Parameter(allocFloat32(this.outFeatures * this.inFeatures), [this.outFeatures, this.inFeatures]);
    this.bias = options.bias === false ? null : new Parameter(allocFloat32(this.outFeatures), [this.outFeatures]);
    this.resetParameters();
  }

  /** kaiming_uniform_(a=sqrt(5)) on the weight, then U(-1/sqrt(in), 1/sqrt(in)) on the bias. */
  resetParameters(): void {
    const bound = this.inFeatures > 0 ? 1 / Math.sqrt(this.inFeatures) : 0;
    // kaiming_uniform with a = sqrt(5): gain sqrt(2/6), bound = sqrt(3) * gain / sqrt(fan_in) = 1/sqrt(fan_in)
    const gain = Math.sqrt(2 / (1 + 5));
    const wBound = this.inFeatures > 0 ? Math.sqrt(3) * (gain / Math.sqrt(this.inFeatures)) : 0;
    defaultGenerator.uniform(this.weight.storage, -wBound, wBound);
    if (this.bias) defaultGenerator.uniform(this.bias.storage, -bound, bound);
  }

  forward(input: Tensor): Tensor {
    const shape = orThrow(linearShape(input.shape, this.inFeatures, this.outFeatures)) as number[];
    const x = input.contiguous();
    const rows = x.numel() / Math.max(this.inFeatures, 1);
    const m = this.inFeatures === 0 ? shape.slice(0, -1).reduce((a, b) => a * b, 1) : rows;
    const out = kernels().linear(m, this.outFeatures, this.inFeatures, x.storage, x.offset, this.weight.storage, this.bias ? this.bias.storage : null);
    return new Tensor(out, shape);
  }
}

export class Embedding extends Module {
  readonly numEmbeddings: number;
  readonly embeddingDim: number;
  readonly weight: Parameter;

  constructor(numEmbeddings: number, embeddingDim: number) {
    super();
    this.numEmbeddings = checkedSize("Embedding", "num_embeddings", numEmbeddings);
    this.embeddingDim = checkedSize("Embedding", "embedding_dim", embeddingDim);
    orThrowArgument(factoryShape([this.numEmbeddings, this.embeddingDim]));
    this.weight = new Parameter(allocFloat32(this.numEmbeddings * this.embeddingDim), [this.numEmbeddings, this.embeddingDim]);
    this.resetParameters();
  }

  /** PyTorch initialises embeddings from N(0, 1). */
  resetParameters(): void {
    defaultGenerator.normal(this.weight.storage, 0, 1);
  }

  /** Looks up rows for integer indices, given as a tensor or as (nested) arrays of integers. */
  forward(indices: Tensor | NestedArray): Tensor {
    // Fix: nested arrays go through torch.tensor's checks; a ragged array used to be read as a
    // rectangular one padded with index 0 (silently wrong rows).
    const idx = indices instanceof Tensor ? indices : tensor(indices);
    const shape = orThrow(embeddingShape(idx.shape, this.embeddingDim)) as number[];
    const values = idx.data;
    const E = this.embeddingDim;
    const out = allocFloat32(values.length * E);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (!Number.isInteger(v)) {
        throw new ShapeError(
          "RuntimeError",
          "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)",
          "embedding_indices",
        );
      }
      if (v < 0 || v >= this.numEmbeddings) throw new ShapeError("IndexError", "index out of range in self", "embedding_index");
      out.set(this.weight.storage.subarray(v * E, (v + 1) * E), i * E);
    }
    return new Tensor(out, shape);
  }
}
