// Deploying a model trained in PyTorch (docs/engine.md): its state dict, saved as safetensors by
// tools/pytorch-trained-model.py, loads into the same model written against the engine, which
// then gives PyTorch's recorded output within 1e-5, from the file's bytes and from a fetch
// Response alike.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { FormatError, nn, torch, type Tensor } from "../../engine/index";

const goldens = join(dirname(fileURLToPath(import.meta.url)), "..", "goldens");
const golden = JSON.parse(readFileSync(join(goldens, "pytorch-trained-lstm.json"), "utf8")) as {
  input: { shape: number[]; values: number[] };
  output: { shape: number[]; values: number[] };
};
const weights = readFileSync(join(goldens, "pytorch-trained-lstm.safetensors"));

/** The Python model, line by line (tools/pytorch-trained-model.py). */
class Tagger extends nn.Module {
  lstm = new nn.LSTM(8, 16, { numLayers: 2, batchFirst: true });
  head = new nn.Linear(16, 4);
  forward(x: Tensor): Tensor {
    const [out] = this.lstm.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}

function assertPyTorchOutput(model: Tagger): void {
  const y = model.eval().forward(torch.tensor(Float32Array.from(golden.input.values), golden.input.shape));
  assert.deepEqual(y.shape, golden.output.shape);
  const got = Array.from(y.data);
  golden.output.values.forEach((want, i) => {
    assert.ok(Math.abs((got[i] as number) - want) <= 1e-5, `output[${i}]: ${got[i]} vs PyTorch's ${want}`);
  });
}

describe("a PyTorch-trained model from a safetensors file", () => {
  it("loads strictly (every parameter, PyTorch's names) and gives PyTorch's output within 1e-5", () => {
    const model = new Tagger();
    const result = model.loadSafetensors(weights);
    assert.deepEqual(result, { missingKeys: [], unexpectedKeys: [] });
    assertPyTorchOutput(model);
  });

  it("a freshly initialised model does not (the weights are PyTorch's training, not its init)", () => {
    torch.manualSeed(7);
    assert.throws(() => assertPyTorchOutput(new Tagger()), /vs PyTorch's/);
  });

  it("loads from a fetch Response and from an ArrayBuffer the same", async () => {
    const fromResponse = new Tagger();
    await fromResponse.loadSafetensorsFrom(Promise.resolve(new Response(weights)));
    assertPyTorchOutput(fromResponse);
    const tensors = await torch.loadSafetensorsFrom(new Response(weights));
    assert.equal(Object.keys(tensors).length, Object.keys(fromResponse.stateDict()).length);
    const buffer = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
    const fromBuffer = new Tagger();
    fromBuffer.loadSafetensors(buffer);
    assertPyTorchOutput(fromBuffer);
  });

  it("a failed response is a FormatError naming its status, not a parse of the error page", async () => {
    const notFound = new Response("not found", { status: 404 });
    await assert.rejects(new Tagger().loadSafetensorsFrom(notFound), (e: unknown) => e instanceof FormatError && /HTTP status 404/.test(e.message));
  });
});
