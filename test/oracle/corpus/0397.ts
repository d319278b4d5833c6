// oracle: seed 397, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(6, 8)];
let y_0 = torch.randn(2, 1, 6);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const hp_1 = { inputSize: 6, hiddenSize: 4, numLayers: 1 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 1, bidirectional: true });
const x_1 = torch.rand(3, 1, 6);
const [out_1, st_1] = m_1.forward(x_1, torch.randn(2, 1, 4));
const head_1 = new nn.Linear(8, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, -1);
const n_1 = out_1.size(-1) * st_1.size(0);
