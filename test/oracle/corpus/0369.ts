// oracle: seed 369, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(8, 6)];
let y_0 = rnnlens.torch.randn(3, 2, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const m_1 = new rnnlens.nn.GRU({ inputSize: 7, hidden_size: 3, numLayers: 2 });
const x_1 = rnnlens.torch.ones(5, 1, 7);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rnnlens.nn.Linear(3, 3);
const y_1 = head_1.forward(out_1);

const cfg_2 = { inputSize: 7, hiddenSize: 4, numLayers: 2 };
if (cfg_2.inputSize > 2) cfg_2.numLayers = 2;
const m_2 = new rnnlens.nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(3, 4, 7), rnnlens.torch.zeros(cfg_2.numLayers, 4, 4));
