// oracle: seed 22, closed, raises at 8: hidden0 has inconsistent hidden_size: got 9, expected 8
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 8);
const xs_0 = torch.randn(2, 2, 4);
let h_0 = torch.zeros(2, 8);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 0) h_0 = torch.zeros(2, 9);
}
const out_0 = new nn.Linear(8, 2).forward(h_0);
