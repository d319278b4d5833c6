/** Calling the engine from tests: the error a call throws, and the shapes a forward returns. */
import assert from "node:assert/strict";
import { TorchError, type Tensor } from "../../engine";
import type { ModuleKind } from "./goldens";

/** The TorchError `f` throws; fails the test when it throws nothing or something else. */
export function catchTorchError(f: () => unknown): TorchError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof TorchError, `expected a TorchError, got ${String(e)}`);
    return e;
  }
  assert.fail("expected an error, none was thrown");
}

export interface ResultShapes {
  output: number[];
  h_n: number[];
  c_n: number[] | null;
}

/** A forward's result shapes in the goldens' terms (cells: output == h_n == h'). */
export function resultShapes(kind: ModuleKind, result: unknown): ResultShapes {
  if (kind === "LSTM") {
    const [o, [h, c]] = result as [Tensor, [Tensor, Tensor]];
    return { output: o.shape, h_n: h.shape, c_n: c.shape };
  }
  if (kind === "LSTMCell") {
    const [h, c] = result as [Tensor, Tensor];
    return { output: h.shape, h_n: h.shape, c_n: c.shape };
  }
  if (kind === "RNNCell" || kind === "GRUCell") {
    const h = result as Tensor;
    return { output: h.shape, h_n: h.shape, c_n: null };
  }
  const [o, h] = result as [Tensor, Tensor];
  return { output: o.shape, h_n: h.shape, c_n: null };
}
