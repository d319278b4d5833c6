// oracle: seed 180, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(6, 5), new rl.nn.RNN(5, 5), new rl.nn.RNN(5, 6)];
let y_0 = rl.torch.randn(3, 1, 6);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const cfg_1 = { inputSize: 8, hiddenSize: 7, numLayers: 1 };
cfg_1["numLayers"] = 2;
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(5, 4, 8), rl.torch.zeros(2, 4, 7));
