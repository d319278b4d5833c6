// oracle: seed 5, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 6, hiddenSize: 2, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 3;
const m_0 = new rnnlens.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(1, 1, 6), rnnlens.torch.zeros(3, 1, 2));

let feats_1 = 3;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 3));

const cell_2 = new rnnlens.nn.RNNCell(7, 3);
const xs_2 = rnnlens.torch.randn(1, 2, 7);
let h_2 = rnnlens.torch.zeros(2, 3);
for (let t_2 = 0; t_2 < 0; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new rnnlens.nn.Linear(3, 2).forward(h_2);
