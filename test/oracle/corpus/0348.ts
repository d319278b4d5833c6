// oracle: seed 348, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(4, 2), new rnnlens.nn.GRU(2, 3)];
let y_0 = rnnlens.torch.randn(3, 2, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rnnlens.nn.Linear(3, 3).forward(y_0);

const cfg_1 = { inputSize: 8, hiddenSize: 6, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new rnnlens.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(5, 4, 8), rnnlens.torch.zeros(cfg_1.numLayers, 4, 6));
