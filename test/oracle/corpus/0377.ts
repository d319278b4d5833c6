// oracle: seed 377, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(3, -1);

const cell_2 = new nn.GRUCell(6, 3);
const xs_2 = torch.randn(2, 3, 6);
let h_2 = torch.zeros(3, 3);
for (let t_2 = 0; t_2 < 2; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
