// Run Cell's size guard (server/analysis/run-cell-estimate.ts): the parameter count it estimates
// is the engine's, for every module kind and option that changes it, and a run whose estimate is
// over the limit is refused before anything is built.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRunSize, estimateRun } from "../../server/analysis/run-cell-estimate";
import { executeRunCellJob, type JobModule, type RunCellJob } from "../../server/analysis/run-cell-job";

function job(module: JobModule, input: number[], hx: number[][] = []): RunCellJob {
  return { module, input, hx, seed: 0, inferred: [], compare: false, meanings: {}, kernels: null };
}

describe("the size guard's estimate", () => {
  const recurrent: [string, JobModule, number[]][] = [
    ["RNN", { kind: "RNN", options: { input_size: 7, hidden_size: 5 } }, [4, 2, 7]],
    ["RNN without bias", { kind: "RNN", options: { input_size: 7, hidden_size: 5, bias: false } }, [4, 2, 7]],
    ["GRU, 3 layers, bidirectional", { kind: "GRU", options: { input_size: 7, hidden_size: 5, num_layers: 3, bidirectional: true } }, [4, 2, 7]],
    ["LSTM with projections, 2 layers", { kind: "LSTM", options: { input_size: 7, hidden_size: 6, num_layers: 2, proj_size: 3 } }, [4, 2, 7]],
    ["LSTM, bidirectional with projections", { kind: "LSTM", options: { input_size: 7, hidden_size: 6, num_layers: 2, proj_size: 3, bidirectional: true } }, [4, 2, 7]],
    ["LSTMCell", { kind: "LSTMCell", options: { input_size: 7, hidden_size: 5 } }, [2, 7]],
    ["GRUCell without bias", { kind: "GRUCell", options: { input_size: 7, hidden_size: 5, bias: false } }, [2, 7]],
    ["Linear", { kind: "Linear", inFeatures: 7, outFeatures: 5 }, [4, 7]],
    ["Embedding", { kind: "Embedding", inFeatures: 11, outFeatures: 5 }, [4, 3]],
  ];
  for (const [name, module, input] of recurrent) {
    it(`counts the engine's parameters: ${name}`, () => {
      const ran = executeRunCellJob(job(module, input));
      assert.equal(ran.error, null);
      assert.equal(estimateRun(job(module, input)).parameters, ran.parameterCount);
    });
  }

  it("counts the sample input, hidden states and outputs among the activations", () => {
    const m: JobModule = { kind: "GRU", options: { input_size: 8, hidden_size: 16 } };
    const small = estimateRun(job(m, [10, 4, 8]));
    const longer = estimateRun(job(m, [1000, 4, 8]));
    const withState = estimateRun(job(m, [10, 4, 8], [[1, 4, 16]]));
    assert.equal(longer.parameterBytes, small.parameterBytes);
    // each extra step holds at least its input and its output row (4 bytes per float)
    assert.ok(longer.activationBytes - small.activationBytes >= 990 * 4 * (8 + 16) * 4);
    assert.equal(withState.activationBytes - small.activationBytes, 4 * 16 * 4);
    assert.ok(longer.flops > 90 * small.flops);
  });

  it("refuses nn.Linear(100000, 100000) and a huge Embedding, within the limit otherwise", () => {
    const linear = checkRunSize(job({ kind: "Linear", inFeatures: 100_000, outFeatures: 100_000 }, [3, 100_000]), 512);
    assert.ok(linear);
    assert.equal(linear.estimate.parameters, 100_000 * 100_000 + 100_000);
    assert.match(linear.message, /^This run would need about \d+\.\d GB .*more than the 512 MB Run Cell allows/);
    assert.ok(checkRunSize(job({ kind: "Embedding", inFeatures: 1_000_000, outFeatures: 1_000 }, [5, 3]), 512));
    assert.equal(checkRunSize(job({ kind: "Embedding", inFeatures: 1_000, outFeatures: 100 }, [5, 3]), 512), null);
  });

  it("refuses a small module on huge sample sizes", () => {
    const r = checkRunSize(job({ kind: "LSTM", options: { input_size: 10, hidden_size: 20 } }, [5, 1_000_000_000, 10]), 512);
    assert.ok(r);
    assert.ok(r.estimate.activationBytes > 100 * r.estimate.parameterBytes);
  });

  it("names how to raise the limit", () => {
    const big = job({ kind: "RNN", options: { input_size: 4096, hidden_size: 4096 } }, [5, 3, 4096]);
    assert.match(checkRunSize(big, 1)?.message ?? "", /raise rnnlens\.runCell\.maxMemoryMB\.$/);
    assert.match(checkRunSize(big, 1, "pass a larger --max-memory-mb")?.message ?? "", /pass a larger --max-memory-mb\.$/);
  });
});
