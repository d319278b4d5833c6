// oracle: seed 348, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));

const rnn_1 = new rnnlens.nn.GRU(8, 8);
const cell_1 = new rnnlens.nn.GRUCell(8, 8);
const x_1 = rnnlens.torch.randn(3, 8);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
