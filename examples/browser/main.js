// The page's script (index.html): the tutorial LSTM, then a model trained in PyTorch whose state
// dict was saved as model.safetensors, run on the input recorded with PyTorch's output in
// model.json (the files tools/pytorch-trained-model.py writes). The results also go to
// window.rnnlensExample, which the browser test reads.
import { kernels, nn, torch } from "rnnlens";

const fmt = (shape) => `[${shape.join(", ")}]`;
const show = (id, text) => {
  document.getElementById(id).textContent = text;
};

/** The Python model, line by line: LSTM(8, 16, num_layers=2, batch_first=True), Linear head on the last step. */
class Tagger extends nn.Module {
  lstm = new nn.LSTM(8, 16, { numLayers: 2, batchFirst: true });
  head = new nn.Linear(16, 4);
  forward(x) {
    const [out] = this.lstm.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}

async function main() {
  show("kernels", kernels().name);

  torch.manualSeed(0);
  const lstm = new nn.LSTM(10, 20, 2); // input_size, hidden_size, num_layers
  const input = torch.randn(5, 3, 10); // (seq_len, batch, input_size)
  const h0 = torch.randn(2, 3, 20);
  const c0 = torch.randn(2, 3, 20);
  const [output, [hn, cn]] = lstm.forward(input, [h0, c0]);
  show("tutorial", `output ${fmt(output.shape)}, h_n ${fmt(hn.shape)}, c_n ${fmt(cn.shape)}\n${lstm.parameterCount()} parameters`);

  const model = new Tagger();
  await model.loadSafetensorsFrom(fetch("model.safetensors"));
  const recorded = await (await fetch("model.json")).json();
  const y = model.eval().forward(torch.tensor(Float32Array.from(recorded.input.values), recorded.input.shape));
  const maxDiff = Math.max(...Array.from(y.data, (v, i) => Math.abs(v - recorded.output.values[i])));
  show("model", `output ${fmt(y.shape)}\n${JSON.stringify(y.toArray())}\nlargest difference from PyTorch's output: ${maxDiff.toExponential(2)}`);

  return {
    kernels: kernels().name,
    tutorial: { shapes: [output.shape, hn.shape, cn.shape], output: Array.from(output.data) },
    model: { shape: y.shape, output: Array.from(y.data) },
  };
}

window.rnnlensExample = main().then(
  (result) => ({ ok: true, ...result }),
  (error) => {
    show("model", String(error));
    return { ok: false, error: String(error) };
  },
);
