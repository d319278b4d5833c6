/**
 * nn.RNN, nn.GRU and nn.LSTM. Forward checks the call through the shared shape rules, then hands
 * the whole layer stack to the kernels (engine/kernels) and wraps what they return in tensors.
 */
import { kernels, type LayerWeights, type RecurrentKind, type SequenceJob } from "../kernels";
import { defaultGenerator } from "../random";
import { orThrow } from "../shapes/check";
import { sequenceForward, type HiddenArg } from "../shapes/recurrent-forward";
import { allocFloat32 } from "../storage";
import { Tensor } from "../tensor";
import type { LSTMOptions, RNNOptions, SequenceOptions } from "./recurrent-options";
import { RecurrentModule } from "./recurrent-base";

/** The hidden-state argument as the rules see it. */
export function hiddenArg(hx: Tensor | readonly Tensor[] | null | undefined): HiddenArg {
  if (hx === null || hx === undefined) return { kind: "none" };
  if (hx instanceof Tensor) return { kind: "tensor", shape: hx.shape };
  return { kind: "tuple", shapes: hx.map((t) => t.shape) };
}

/** The kernels' name for a layer or cell kind (an Elman network's nonlinearity is part of it). */
export function recurrentKind(kind: string, nonlinearity: string | null): RecurrentKind {
  if (kind.startsWith("LSTM")) return "LSTM";
  if (kind.startsWith("GRU")) return "GRU";
  return nonlinearity === "relu" ? "RNN_RELU" : "RNN_TANH";
}

/** A kernel job's input and initial states, from contiguous tensors (a missing state is zeros). */
export function dataFields(
  input: Tensor, h0: Tensor | null, c0: Tensor | null,
): Pick<SequenceJob, "input" | "inputOffset" | "h0" | "h0Offset" | "c0" | "c0Offset"> {
  return {
    input: input.storage,
    inputOffset: input.offset,
    h0: h0 ? h0.storage : null,
    h0Offset: h0 ? h0.offset : 0,
    c0: c0 ? c0.storage : null,
    c0Offset: c0 ? c0.offset : 0,
  };
}

/** `hx[i]` for an LSTM state given as one tensor (PyTorch indexes its first dim). */
function stateAt(hx: Tensor | readonly Tensor[], i: number): Tensor {
  return hx instanceof Tensor ? hx.select(0, i) : (hx[i] as Tensor);
}

interface SequenceRun {
  output: Tensor;
  hN: Tensor;
  cN: Tensor | null;
}

export abstract class RNNBase extends RecurrentModule {
  get numLayers(): number {
    return this.config.numLayers;
  }
  get batchFirst(): boolean {
    return this.config.batchFirst;
  }
  get bidirectional(): boolean {
    return this.config.bidirectional;
  }

  protected run(input: Tensor, hx: Tensor | readonly Tensor[] | null | undefined): SequenceRun {
    const cfg = this.config;
    const shapes = orThrow(sequenceForward(cfg, input.shape, hiddenArg(hx)));
    const isLSTM = cfg.kind === "LSTM";
    const batched = shapes.batched === true;
    const L = cfg.numLayers;
    const D = cfg.bidirectional ? 2 : 1;
    const H = cfg.hiddenSize;
    const Hout = cfg.projSize > 0 ? cfg.projSize : H;
    const T = batched && cfg.batchFirst ? input.size(1) : input.size(0);
    const B = batched ? (cfg.batchFirst ? input.size(0) : input.size(1)) : 1;

    // Time-major input (T, B, I); unbatched (T, I) already has that layout with B = 1.
    const x0 = (batched && cfg.batchFirst ? input.transpose(0, 1) : input).contiguous();
    const h0 = hx ? stateAt(hx, 0).contiguous() : null;
    const c0 = hx && isLSTM ? stateAt(hx, 1).contiguous() : null;

    const weights: LayerWeights[] = [];
    for (let layer = 0; layer < L; layer++) {
      for (let d = 0; d < D; d++) {
        const sfx = `_l${layer}${d === 1 ? "_reverse" : ""}`;
        weights.push({
          wIh: this.weights(`weight_ih${sfx}`) as Float32Array,
          wHh: this.weights(`weight_hh${sfx}`) as Float32Array,
          bIh: this.weights(`bias_ih${sfx}`),
          bHh: this.weights(`bias_hh${sfx}`),
          wHr: this.weights(`weight_hr${sfx}`),
        });
      }
    }
    const dropout = this.training && cfg.dropout > 0 ? cfg.dropout : 0;
    const result = kernels().sequence({
      kind: recurrentKind(cfg.kind, cfg.nonlinearity),
      steps: T,
      batch: B,
      inputSize: cfg.inputSize,
      hiddenSize: H,
      projSize: cfg.projSize,
      numLayers: L,
      directions: D,
      ...dataFields(x0, h0, c0),
      weights,
      // Dropout between layers, in training mode only, on what the next layer reads.
      betweenLayers: dropout > 0 ? (out) => dropoutInPlace(out, dropout) : null,
    });

    const width = D * Hout;
    let output = new Tensor(result.output, batched ? [T, B, width] : [T, width]);
    if (batched && cfg.batchFirst) output = output.transpose(0, 1).contiguous();
    const stateShape = (size: number) => (batched ? [L * D, B, size] : [L * D, size]);
    return {
      output,
      hN: new Tensor(result.hN, stateShape(Hout)),
      cN: result.cN ? new Tensor(result.cN, stateShape(H)) : null,
    };
  }
}

/** F.dropout in training mode: zero with probability p, scale the rest by 1/(1-p). */
function dropoutInPlace(a: Float32Array, p: number): void {
  if (p >= 1) {
    a.fill(0);
    return;
  }
  const mask = allocFloat32(a.length);
  defaultGenerator.bernoulli(mask, 1 - p);
  const scale = 1 / (1 - p);
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) * (mask[i] as number) * scale;
}

export class RNN extends RNNBase {
  constructor(options: RNNOptions);
  constructor(inputSize: number, hiddenSize: number, options?: RNNOptions);
  constructor(inputSize: number, hiddenSize: number, numLayers: number, options?: RNNOptions);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("RNN", args);
  }
  /** Returns [output, h_n]. */
  forward(input: Tensor, hx?: Tensor | null): [Tensor, Tensor] {
    const r = this.run(input, hx);
    return [r.output, r.hN];
  }
}

export class GRU extends RNNBase {
  constructor(options: SequenceOptions);
  constructor(inputSize: number, hiddenSize: number, options?: SequenceOptions);
  constructor(inputSize: number, hiddenSize: number, numLayers: number, options?: SequenceOptions);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("GRU", args);
  }
  /** Returns [output, h_n]. */
  forward(input: Tensor, hx?: Tensor | null): [Tensor, Tensor] {
    const r = this.run(input, hx);
    return [r.output, r.hN];
  }
}

export class LSTM extends RNNBase {
  constructor(options: LSTMOptions);
  constructor(inputSize: number, hiddenSize: number, options?: LSTMOptions);
  constructor(inputSize: number, hiddenSize: number, numLayers: number, options?: LSTMOptions);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("LSTM", args);
  }
  get projSize(): number {
    return this.config.projSize;
  }
  /** Returns [output, [h_n, c_n]]. */
  forward(input: Tensor, hx?: readonly [Tensor, Tensor] | readonly Tensor[] | Tensor | null): [Tensor, [Tensor, Tensor]] {
    const r = this.run(input, hx);
    return [r.output, [r.hN, r.cN as Tensor]];
  }
}
