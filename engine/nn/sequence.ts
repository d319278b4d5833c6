/**
 * nn.RNN, nn.GRU and nn.LSTM. Forward checks the call through the shared shape rules, then runs
 * each layer and direction with the kernels: the input projection of all time steps as one GEMM,
 * then per step one GEMM with W_hh and the gate math, writing into preallocated buffers.
 */
import { kernels } from "../kernels";
import { defaultGenerator } from "../random";
import { orThrow } from "../shapes/check";
import { gateCount } from "../shapes/recurrent-config";
import { sequenceForward, type HiddenArg } from "../shapes/recurrent-forward";
import { Tensor } from "../tensor";
import type { LSTMOptions, RNNOptions, SequenceOptions } from "./recurrent-options";
import { RecurrentModule } from "./recurrent-base";

/** The hidden-state argument as the rules see it. */
export function hiddenArg(hx: Tensor | readonly Tensor[] | null | undefined): HiddenArg {
  if (hx === null || hx === undefined) return { kind: "none" };
  if (hx instanceof Tensor) return { kind: "tensor", shape: hx.shape };
  return { kind: "tuple", shapes: hx.map((t) => t.shape) };
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
    const k = kernels();
    const isLSTM = cfg.kind === "LSTM";
    const batched = shapes.batched === true;
    const L = cfg.numLayers;
    const D = cfg.bidirectional ? 2 : 1;
    const H = cfg.hiddenSize;
    const P = cfg.projSize;
    const Hout = P > 0 ? P : H;
    const G = gateCount(cfg.kind);
    const GH = G * H;
    const T = batched && cfg.batchFirst ? input.size(1) : input.size(0);
    const B = batched ? (cfg.batchFirst ? input.size(0) : input.size(1)) : 1;
    const relu = cfg.nonlinearity === "relu";

    // Time-major input (T, B, I); unbatched (T, I) already has that layout with B = 1.
    const x0 = (batched && cfg.batchFirst ? input.transpose(0, 1) : input).contiguous();
    const h0 = hx ? stateAt(hx, 0).contiguous() : null;
    const c0 = hx && isLSTM ? stateAt(hx, 1).contiguous() : null;

    const hN = new Float32Array(L * D * B * Hout);
    const cN = isLSTM ? new Float32Array(L * D * B * H) : null;
    const width = D * Hout;
    const xg = new Float32Array(T * B * GH);
    const hg = new Float32Array(B * GH);
    const c = new Float32Array(B * H);
    const hc = P > 0 ? new Float32Array(B * H) : null;
    // Two layer buffers used in turn: the last layer's becomes the output.
    const buffers = [new Float32Array(T * B * width), L > 1 ? new Float32Array(T * B * width) : null];

    let inArr = x0.storage;
    let inOff = x0.offset;
    let inWidth = cfg.inputSize;
    let out = buffers[0] as Float32Array;
    for (let layer = 0; layer < L; layer++) {
      out = buffers[layer % 2] ?? (buffers[0] as Float32Array);
      for (let d = 0; d < D; d++) {
        const sfx = `_l${layer}${d === 1 ? "_reverse" : ""}`;
        const wIh = this.weights(`weight_ih${sfx}`) as Float32Array;
        const wHh = this.weights(`weight_hh${sfx}`) as Float32Array;
        const bIh = this.weights(`bias_ih${sfx}`);
        const bHh = this.weights(`bias_hh${sfx}`);
        const wHr = this.weights(`weight_hr${sfx}`);
        const state = layer * D + d;

        k.gemmNT(T * B, GH, inWidth, inArr, inOff, inWidth, wIh, 0, inWidth, xg, 0, GH, false);
        if (bIh) k.addBias(T * B, GH, bIh, 0, xg, 0, GH);

        let prevArr: Float32Array = h0 ? h0.storage : hN; // hN slot is still zero before it is written
        let prevOff = h0 ? h0.offset + state * B * Hout : state * B * Hout;
        let prevLd = Hout;
        if (c0) c.set(c0.storage.subarray(c0.offset + state * B * H, c0.offset + (state + 1) * B * H));
        else c.fill(0);

        for (let s = 0; s < T; s++) {
          const t = d === 1 ? T - 1 - s : s;
          k.gemmNT(B, GH, Hout, prevArr, prevOff, prevLd, wHh, 0, Hout, hg, 0, GH, false);
          if (bHh) k.addBias(B, GH, bHh, 0, hg, 0, GH);
          const outOff = t * B * width + d * Hout;
          const xOff = t * B * GH;
          if (cfg.kind === "LSTM") {
            if (hc && wHr) {
              k.lstmPointwise(B, H, xg, xOff, hg, 0, c, 0, hc, 0, H);
              k.gemmNT(B, P, H, hc, 0, H, wHr, 0, H, out, outOff, width, false);
            } else {
              k.lstmPointwise(B, H, xg, xOff, hg, 0, c, 0, out, outOff, width);
            }
          } else if (cfg.kind === "GRU") {
            k.gruPointwise(B, H, xg, xOff, hg, 0, prevArr, prevOff, prevLd, out, outOff, width);
          } else {
            k.rnnPointwise(B, H, relu, xg, xOff, hg, 0, out, outOff, width);
          }
          prevArr = out;
          prevOff = outOff;
          prevLd = width;
        }
        // h_n / c_n of this layer and direction: the last state written (or h0 when T == 0).
        for (let b = 0; b < B; b++) {
          for (let j = 0; j < Hout; j++) hN[(state * B + b) * Hout + j] = prevArr[prevOff + b * prevLd + j] as number;
        }
        if (cN) cN.set(c, state * B * H);
      }
      // Dropout between layers, in training mode only, on what the next layer reads.
      if (this.training && cfg.dropout > 0 && layer < L - 1) dropoutInPlace(out, cfg.dropout);
      inArr = out;
      inOff = 0;
      inWidth = width;
    }

    let output = new Tensor(out, batched ? [T, B, width] : [T, width]);
    if (batched && cfg.batchFirst) output = output.transpose(0, 1).contiguous();
    const stateShape = (size: number) => (batched ? [L * D, B, size] : [L * D, size]);
    return {
      output,
      hN: new Tensor(hN, stateShape(Hout)),
      cN: cN ? new Tensor(cN, stateShape(H)) : null,
    };
  }
}

/** F.dropout in training mode: zero with probability p, scale the rest by 1/(1-p). */
function dropoutInPlace(a: Float32Array, p: number): void {
  if (p >= 1) {
    a.fill(0);
    return;
  }
  const mask = new Float32Array(a.length);
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
