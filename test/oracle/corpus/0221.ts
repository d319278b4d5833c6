// oracle: seed 221, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 4);
const xs_0 = torch.randn(1, 3, 4);
let h_0 = torch.zeros(3, 4);
let t_0 = 0;
while (t_0 < 0) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}

let feats_1 = 5;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
