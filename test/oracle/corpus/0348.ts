// oracle: seed 348, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(4, 2), new rl.nn.GRU(2, 3)];
let y_0 = rl.torch.randn(3, 2, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rl.nn.Linear(3, 3).forward(y_0);

const cfg_1 = { inputSize: 8, hiddenSize: 6, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new rl.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rl.torch.randn(5, 4, 8), rl.torch.zeros(cfg_1.numLayers, 4, 6));
