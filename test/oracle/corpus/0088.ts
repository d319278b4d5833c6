// oracle: seed 88, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(4, 4), new rl.nn.RNN(4, 3)];
let y_0 = rl.torch.randn(1, 3, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rl.nn.GRU(6, 4);
[rl.torch.randn(2, 3, 6), rl.torch.randn(2, 3, 6)].forEach((x) => m_1.forward(x));

const cfg_2 = { inputSize: 2, hiddenSize: 9, numLayers: 1 };
cfg_2["numLayers"] = 1;
const m_2 = new rl.nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rl.torch.randn(4, 4, 2), rl.torch.zeros(cfg_2.numLayers, 4, 9));
