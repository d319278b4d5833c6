// oracle: seed 302, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(2, 6);
const xs_0 = rnnlens.torch.randn(4, 2, 2);
let h_0 = rnnlens.torch.zeros(2, 6);
let t_0 = 0;
while (t_0 < 4) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}

const m_1 = new rnnlens.nn.GRU(3, 5);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 4, 3));
const v_1 = o_1.permute(1, 0, 2).view(4, 2, 5);

let feats_2 = 2;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 2;
const m_2 = new rnnlens.nn.GRU(feats_2, 4);
m_2.forward(rnnlens.torch.randn(2, 2, feats_2));
