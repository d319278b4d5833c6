/**
 * The kernel implementations against each other. The goldens and properties run once per kernel
 * (scripts/test.mjs); this file covers what small goldens cannot reach: layers big enough to be
 * shared between threads (whose results must be bit-identical to one thread's), sizes that are
 * not multiples of the SIMD widths, projections, cells and Linear, and the SIMD activations.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { GRU, GRUCell, Linear, LSTM, LSTMCell, nn, RNN, RNNCell, torch, type Tensor } from "../../engine";
import { createKernels, kernels, useKernels, WasmKernels, type Kernels, type KernelName } from "../../engine/kernels";
import { bestWasmVariant, wasmModule } from "../../engine/kernels/wasm/wasm-module";
import { assertClose } from "../helpers/tensors";

const reference = createKernels("typescript");
const variants = (["wasm-simd", "wasm-relaxed-simd"] as const).filter((v) => wasmModule(v) !== null);
const initial = kernels();
after(() => {
  useKernels(initial);
});

interface Case {
  readonly label: string;
  readonly make: () => RNN | GRU | LSTM | RNNCell | GRUCell | LSTMCell | Linear;
  readonly input: readonly number[];
  readonly withState?: boolean;
}

const cases: readonly Case[] = [
  { label: "LSTM 10→20, 2 layers (the tutorial)", make: () => new nn.LSTM(10, 20, 2), input: [5, 3, 10] },
  { label: "GRU 7→13 bidirectional, 2 layers, odd sizes", make: () => new nn.GRU(7, 13, { numLayers: 2, bidirectional: true }), input: [6, 5, 7], withState: true },
  { label: "RNN tanh 9→33, 3 layers, bidirectional", make: () => new nn.RNN(9, 33, { numLayers: 3, bidirectional: true }), input: [4, 7, 9] },
  { label: "RNN relu 6→10, batch first", make: () => new nn.RNN(6, 10, { nonlinearity: "relu", batchFirst: true }), input: [3, 4, 6], withState: true },
  { label: "LSTM with projection 12→24 (proj 5), bidirectional", make: () => new nn.LSTM(12, 24, { numLayers: 2, bidirectional: true, projSize: 5 }), input: [6, 3, 12], withState: true },
  { label: "LSTM 1→1, unbatched", make: () => new nn.LSTM(1, 1), input: [4, 1] },
  { label: "LSTM 128→256, 2 layers, batch 32 (threaded)", make: () => new nn.LSTM(128, 256, 2), input: [20, 32, 128], withState: true },
  { label: "GRU 64→200, batch 33 (threaded, ragged)", make: () => new nn.GRU(64, 200), input: [9, 33, 64], withState: true },
  { label: "RNN 100→256, batch 64 (threaded)", make: () => new nn.RNN(100, 256, { bidirectional: true }), input: [7, 64, 100] },
  { label: "LSTM 64→200 proj 50, batch 33 (threaded)", make: () => new nn.LSTM(64, 200, { projSize: 50, bidirectional: true }), input: [5, 33, 64], withState: true },
  { label: "LSTMCell 10→20", make: () => new nn.LSTMCell(10, 20), input: [3, 10], withState: true },
  { label: "GRUCell 5→3, unbatched", make: () => new nn.GRUCell(5, 3), input: [5] },
  { label: "RNNCell relu 4→300, batch 40", make: () => new nn.RNNCell(4, 300, { nonlinearity: "relu" }), input: [40, 4], withState: true },
  { label: "Linear 37→19", make: () => new nn.Linear(37, 19), input: [2, 5, 37] },
];

/** Runs a case with the given kernels on inputs and states drawn from seed 7; flat outputs. */
function outputs(c: Case, k: Kernels): Tensor[] {
  useKernels(k);
  torch.manualSeed(7);
  const m = c.make();
  const x = torch.randn(...c.input);
  const flat = (v: unknown): Tensor[] => (Array.isArray(v) ? v.flatMap(flat) : [v as Tensor]);
  if (m instanceof nn.Linear) return [m.forward(x)];
  if (!c.withState) return flat(m.forward(x));
  if (m instanceof nn.LSTMCell || m instanceof nn.GRUCell || m instanceof nn.RNNCell) {
    const h = torch.randn(c.input[0] as number, m.hiddenSize);
    if (m instanceof nn.LSTMCell) return flat(m.forward(x, [h, torch.randn(c.input[0] as number, m.hiddenSize)]));
    return flat(m.forward(x, h));
  }
  const cfg = m as RNN | GRU | LSTM;
  const layers = cfg.numLayers * (cfg.bidirectional ? 2 : 1);
  const batch = (cfg.batchFirst ? c.input[0] : c.input[1]) as number;
  const width = cfg instanceof nn.LSTM && cfg.projSize > 0 ? cfg.projSize : cfg.hiddenSize;
  const h0 = torch.randn(layers, batch, width);
  if (cfg instanceof nn.LSTM) return flat(cfg.forward(x, [h0, torch.randn(layers, batch, cfg.hiddenSize)]));
  return flat((cfg as RNN).forward(x, h0));
}

for (const variant of variants) {
  describe(`${variant} kernels`, () => {
    const one = createKernels(variant, { threads: 1 }) as WasmKernels;
    const two = createKernels(variant, { threads: 2 }) as WasmKernels;

    for (const c of cases) {
      test(`${c.label}: within 1e-5 of the TypeScript kernels`, () => {
        const want = outputs(c, reference);
        const got = outputs(c, one);
        assert.equal(got.length, want.length);
        got.forEach((t, i) => assertClose(t, want[i] as Tensor, 1e-5, `${c.label} output ${i}`));
      });
    }

    test("two threads give bit-identical results to one, and the worker did take units of work", async () => {
      await two.ready();
      assert.deepEqual(two.unitsTaken(), [0, 0]);
      for (const c of cases) {
        const single = outputs(c, one);
        const shared = outputs(c, two);
        shared.forEach((t, i) => assert.deepEqual(t.data, (single[i] as Tensor).data, `${c.label} output ${i}`));
      }
      // Without this, the comparison above would also pass if every layer ran on one thread.
      const [caller, worker] = two.unitsTaken();
      assert.ok((caller ?? 0) > 0, `the calling thread took ${caller} units`);
      assert.ok((worker ?? 0) > 0, `the worker thread took ${worker} units`);
      assert.deepEqual(one.unitsTaken(), [], "one thread: no pool");
    });

    test("a repeated forward pass reuses the memory it grew", () => {
      const k = createKernels(variant, { threads: 1 }) as WasmKernels;
      const c = cases.find((x) => x.label.startsWith("LSTM 128")) as Case;
      outputs(c, k);
      const grown = k.memoryBytes;
      for (let i = 0; i < 3; i++) outputs(c, k);
      assert.equal(k.memoryBytes, grown);
    });

    test("exp, sigmoid and tanh stay within float32 rounding of Math's", () => {
      const k = one;
      const xs = new Float32Array(20001);
      for (let i = 0; i < xs.length; i++) xs[i] = -40 + (80 * i) / (xs.length - 1);
      const exp = k.activation("exp", xs);
      const sig = k.activation("sigmoid", xs);
      const tanh = k.activation("tanh", xs);
      let expRel = 0, sigAbs = 0, tanhAbs = 0;
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i] as number;
        expRel = Math.max(expRel, Math.abs((exp[i] as number) / Math.exp(x) - 1));
        sigAbs = Math.max(sigAbs, Math.abs((sig[i] as number) - 1 / (1 + Math.exp(-x))));
        tanhAbs = Math.max(tanhAbs, Math.abs((tanh[i] as number) - Math.tanh(x)));
      }
      assert.ok(expRel < 5e-7, `exp relative error ${expRel}`);
      assert.ok(sigAbs < 2e-7, `sigmoid error ${sigAbs}`);
      assert.ok(tanhAbs < 3e-7, `tanh error ${tanhAbs}`);
      // the sign and the saturation ends
      const ends = k.activation("tanh", new Float32Array([-0, 0, -1e-8, 1e-8, -100, 100]));
      assert.deepEqual(Array.from(ends.slice(4)), [-1, 1]);
      assert.ok(Math.abs(ends[2] as number) < 1e-7 && (ends[2] as number) <= 0);
    });
  });
}

describe("choosing kernels", () => {
  test("auto picks the best WebAssembly variant this runtime runs", () => {
    const k = createKernels("auto", { threads: 1 });
    assert.equal(k.name, bestWasmVariant() ?? "typescript");
  });

  test("names say the variant and the threads", () => {
    assert.equal(createKernels("typescript").name, "typescript");
    for (const v of variants) assert.equal(createKernels(v, { threads: 2 }).name, `${v} (2 threads)`);
  });

  // Checked on runtimes without relaxed SIMD (Node 20's default pass of scripts/test.mjs); skipped,
  // and reported as skipped, where the runtime has it (a newer Node, or the flag).
  const relaxed = wasmModule("wasm-relaxed-simd") !== null;
  test("a variant the runtime lacks is a clear error", { skip: relaxed ? "this runtime runs relaxed SIMD" : false }, () => {
    assert.throws(() => createKernels("wasm-relaxed-simd" as KernelName), /cannot run the wasm-relaxed-simd kernels \(Node 20 needs --experimental-wasm-relaxed-simd\)/);
  });
});
