// oracle: seed 365, closed, raises at 8: hidden0 has inconsistent hidden_size: got 7, expected 6
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(6, 6);
const xs_0 = rnnlens.torch.randn(4, 4, 6);
let h_0 = rnnlens.torch.zeros(4, 6);
for (let t_0 = 0; t_0 < 4; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 2) h_0 = rnnlens.torch.zeros(4, 7);
}

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
