/** nn.RNNCell, nn.GRUCell and nn.LSTMCell: one time step, batched (2-D) or unbatched (1-D). */
import { kernels } from "../kernels";
import { orThrow } from "../shapes/check";
import { cellForward } from "../shapes/recurrent-forward";
import { ShapeError } from "../errors";
import { Tensor } from "../tensor";
import type { CellOptions, RNNCellOptions } from "./recurrent-options";
import { RecurrentModule } from "./recurrent-base";
import { dataFields, hiddenArg, recurrentKind } from "./sequence";

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
    const batched = shapes.batched === true;
    const B = batched ? input.size(0) : 1;
    const I = cfg.inputSize;
    const H = cfg.hiddenSize;
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
    // Missing states are zeros (the kernels read null as zeros).
    const hPrev = h0 ? h0.contiguous() : null;
    const cPrev = c0 ? c0.contiguous() : null;

    const result = kernels().sequence({
      kind: recurrentKind(cfg.kind, cfg.nonlinearity),
      steps: 1,
      batch: B,
      inputSize: I,
      hiddenSize: H,
      projSize: 0,
      numLayers: 1,
      directions: 1,
      ...dataFields(x, hPrev, cPrev),
      weights: [{
        wIh: this.weights("weight_ih") as Float32Array,
        wHh: this.weights("weight_hh") as Float32Array,
        bIh: this.weights("bias_ih"),
        bHh: this.weights("bias_hh"),
        wHr: null,
      }],
      betweenLayers: null,
    });
    const h = result.hN;
    const c = result.cN;
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
