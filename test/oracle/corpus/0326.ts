// oracle: seed 326, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.LSTMCell(2, 5);
const xs_0 = rnnlens.torch.randn(1, 3, 2);
let h_0 = rnnlens.torch.zeros(3, 5);
let c_0 = rnnlens.torch.zeros(3, 5);
for (let t_0 = 0; t_0 < 0; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

const m_1 = new rnnlens.nn.GRU(3, 2);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 3, 3));
const v_1 = o_1.view(6, 2);

let feats_2 = 5;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 2;
const m_2 = new rnnlens.nn.GRU(feats_2, 4);
m_2.forward(rnnlens.torch.randn(2, 2, 11));
