// oracle: seed 281, closed, runs cleanly
import { torch, nn } from "rnnlens";

const hp_0 = { inputSize: 8, hiddenSize: 4, numLayers: 2 };
const m_0 = new nn.GRU({ ...hp_0, numLayers: 2, batchFirst: true });
const x_0 = torch.randn(1, 3, 8);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(4, 3);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(1, -1);

const layers_1 = [new nn.RNN(2, 6), new nn.RNN(6, 3)];
let y_1 = torch.randn(5, 3, 2);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
const z_1 = new nn.Linear(3, 3).forward(y_1);
