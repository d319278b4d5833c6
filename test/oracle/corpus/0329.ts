// oracle: seed 329, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 6, hiddenSize: 9, numLayers: 1 };
cfg_0.numLayers = 2;
const m_0 = new rnnlens.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(1, 4, 6), rnnlens.torch.zeros(cfg_0.numLayers, 4, 9));

const cell_1 = new rnnlens.nn.RNNCell(4, 2);
const xs_1 = rnnlens.torch.randn(1, 2, 4);
let h_1 = rnnlens.torch.zeros(2, 2);
for (let t_1 = 0; t_1 < 2; t_1++) {
  if (t_1 >= 0) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rnnlens.nn.Linear(2, 2).forward(h_1);
