// oracle: seed 25, closed, raises at 25: input has inconsistent input_size: got 7 expected 8
const { torch, nn } = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cell_1 = new nn.GRUCell(3, 3);
const xs_1 = torch.randn(2, 1, 3);
let h_1 = torch.zeros(1, 3);
let t_1 = 0;
while (t_1 < 2) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(3, 2).forward(h_1);

const cell_2 = new nn.LSTMCell(8, 8);
const xs_2 = torch.randn(4, 4, 7);
let h_2 = torch.zeros(4, 8);
let c_2 = torch.zeros(4, 8);
for (let t_2 = 0; t_2 < 6; t_2++) {
  if (t_2 >= 4) break;
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
const out_2 = new nn.Linear(8, 2).forward(h_2);
