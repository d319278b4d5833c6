/** nn.RNNCell, nn.GRUCell and nn.LSTMCell: one time step, batched (2-D) or unbatched (1-D). */
import { kernels } from "../kernels";
import { orThrow } from "../shapes/check";
import { gateCount } from "../shapes/recurrent-config";
import { cellForward } from "../shapes/recurrent-forward";
import { ShapeError } from "../errors";
import { Tensor } from "../tensor";
import type { CellOptions, RNNCellOptions } from "./recurrent-options";
import { RecurrentModule } from "./recurrent-base";
import { hiddenArg } from "./sequence";

function hTensorRank(hx: Tensor | readonly Tensor[] | null | undefined): number {
  const h = hx instanceof Tensor ? hx : hx?.[0];
  return h ? h.dim() : 0;
}

abstract class RNNCellBase extends RecurrentModule {
  /** Runs one step; returns h' (and c' for LSTMCell) with the input's batchedness. */
  protected step(input: Tensor, hx: Tensor | readonly Tensor[] | null | undefined): { h: Tensor; c: Tensor | null } {
    const cfg = this.config;
    const shapes = orThrow(cellForward(cfg, input.shape, hiddenArg(hx)));
    if (shapes.h === null) {
      // PyTorch broadcasts a state of rank > 2 against the input projection; not modelled.
      throw new ShapeError("RuntimeError", `${cfg.kind}: RNN Lens supports 1-D and 2-D hidden states only, got a ${hTensorRank(hx)}-D one`, "cell_hx_rank");
    }
    const k = kernels();
    const batched = shapes.batched === true;
    const B = batched ? input.size(0) : 1;
    const I = cfg.inputSize;
    const H = cfg.hiddenSize;
    const GH = gateCount(cfg.kind) * H;
    const isLSTM = cfg.kind === "LSTMCell";
    const x = input.contiguous();
    let h0: Tensor | null = null;
    let c0: Tensor | null = null;
    if (hx instanceof Tensor) {
      // LSTMCell given one tensor on unbatched input: PyTorch indexes it, (h0, c0) = (hx[0], hx[1]).
      [h0, c0] = isLSTM ? [hx.select(0, 0), hx.select(0, 1)] : [hx, null];
    } else if (hx) {
      h0 = hx[0] ?? null;
      c0 = isLSTM ? (hx[1] ?? null) : null;
    }
    const hPrev = h0 ? h0.contiguous() : new Tensor(new Float32Array(B * H), [B, H]);

    const xg = new Float32Array(B * GH);
    const hg = new Float32Array(B * GH);
    k.gemmNT(B, GH, I, x.storage, x.offset, I, this.weights("weight_ih") as Float32Array, 0, I, xg, 0, GH, false);
    const bIh = this.weights("bias_ih");
    const bHh = this.weights("bias_hh");
    if (bIh) k.addBias(B, GH, bIh, 0, xg, 0, GH);
    k.gemmNT(B, GH, H, hPrev.storage, hPrev.offset, H, this.weights("weight_hh") as Float32Array, 0, H, hg, 0, GH, false);
    if (bHh) k.addBias(B, GH, bHh, 0, hg, 0, GH);

    const h = new Float32Array(B * H);
    let c: Float32Array | null = null;
    if (isLSTM) {
      c = c0 ? c0.contiguous().copyData() : new Float32Array(B * H);
      k.lstmPointwise(B, H, xg, 0, hg, 0, c, 0, h, 0, H);
    } else if (cfg.kind === "GRUCell") {
      k.gruPointwise(B, H, xg, 0, hg, 0, hPrev.storage, hPrev.offset, H, h, 0, H);
    } else {
      k.rnnPointwise(B, H, cfg.nonlinearity === "relu", xg, 0, hg, 0, h, 0, H);
    }
    const shape = batched ? [B, H] : [H];
    return { h: new Tensor(h, shape), c: c ? new Tensor(c, shape) : null };
  }
}

export class RNNCell extends RNNCellBase {
  constructor(options: RNNCellOptions);
  constructor(inputSize: number, hiddenSize: number, options?: RNNCellOptions);
  constructor(inputSize: number, hiddenSize: number, bias: boolean, nonlinearity?: string);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("RNNCell", args);
  }
  /** Returns h'. */
  forward(input: Tensor, hx?: Tensor | null): Tensor {
    return this.step(input, hx).h;
  }
}

export class GRUCell extends RNNCellBase {
  constructor(options: CellOptions);
  constructor(inputSize: number, hiddenSize: number, options?: CellOptions);
  constructor(inputSize: number, hiddenSize: number, bias: boolean);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("GRUCell", args);
  }
  /** Returns h'. */
  forward(input: Tensor, hx?: Tensor | null): Tensor {
    return this.step(input, hx).h;
  }
}

export class LSTMCell extends RNNCellBase {
  constructor(options: CellOptions);
  constructor(inputSize: number, hiddenSize: number, options?: CellOptions);
  constructor(inputSize: number, hiddenSize: number, bias: boolean);
  constructor(...args: unknown[]);
  constructor(...args: unknown[]) {
    super("LSTMCell", args);
  }
  /** Returns [h', c']. */
  forward(input: Tensor, hx?: readonly [Tensor, Tensor] | readonly Tensor[] | Tensor | null): [Tensor, Tensor] {
    const r = this.step(input, hx);
    return [r.h, r.c as Tensor];
  }
}
