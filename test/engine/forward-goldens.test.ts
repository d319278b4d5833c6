// Every forward case PyTorch 1.13.1 produced: output, h_n and c_n within 1e-5.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nn, torch, type Tensor } from "../../engine";
import { forwardGoldens, type ForwardCase, type GoldenTensor } from "../helpers/goldens";
import { assertClose } from "../helpers/tensors";

const TOLERANCE = 1e-5;

function toTensor(g: GoldenTensor): Tensor {
  return torch.tensor(g.data, g.shape);
}

type Forwardable = { forward(input: Tensor, hx?: never): unknown; loadStateDict(sd: Record<string, GoldenTensor>): unknown; eval(): unknown };

/** Runs a golden case through the engine and returns [output, h_n, c_n]. */
export function runForwardCase(c: ForwardCase): [Tensor, Tensor, Tensor | null] {
  const Ctor = nn[c.module] as unknown as new (config: Record<string, unknown>) => Forwardable;
  const m = new Ctor(c.config);
  m.loadStateDict(c.state_dict);
  m.eval();
  const input = toTensor(c.input);
  const hx = c.hx === null ? undefined : Array.isArray(c.hx) ? c.hx.map(toTensor) : toTensor(c.hx);
  const result = (m.forward as (i: Tensor, h?: unknown) => unknown)(input, hx);
  switch (c.module) {
    case "RNN":
    case "GRU": {
      const [out, h] = result as [Tensor, Tensor];
      return [out, h, null];
    }
    case "LSTM": {
      const [out, [h, cc]] = result as [Tensor, [Tensor, Tensor]];
      return [out, h, cc];
    }
    case "RNNCell":
    case "GRUCell":
      return [result as Tensor, result as Tensor, null];
    case "LSTMCell": {
      const [h, cc] = result as [Tensor, Tensor];
      return [h, h, cc];
    }
  }
}

describe("forward goldens (PyTorch 1.13.1)", () => {
  for (const c of forwardGoldens()) {
    it(c.id, () => {
      const [out, hN, cN] = runForwardCase(c);
      assertClose(out, c.expected.output, TOLERANCE, "output");
      assertClose(hN, c.expected.h_n, TOLERANCE, "h_n");
      if (c.expected.c_n) {
        assert.ok(cN, "c_n expected");
        assertClose(cN, c.expected.c_n, TOLERANCE, "c_n");
      }
    });
  }
});
