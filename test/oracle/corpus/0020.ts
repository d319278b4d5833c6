// oracle: seed 20, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, 3));

const cell_1 = new rnnlens.nn.LSTMCell(3, 3);
const xs_1 = rnnlens.torch.randn(2, 2, 3);
let h_1 = rnnlens.torch.zeros(2, 3);
let c_1 = rnnlens.torch.zeros(2, 3);
for (let t_1 = 0; t_1 < 2; t_1++) {
  if (t_1 % 2 === 1) continue;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new rnnlens.nn.Linear(3, 2).forward(h_1);
