// oracle: seed 204, closed, raises at 9: hidden0 has inconsistent hidden_size: got 8, expected 7
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 7);
const xs_0 = torch.randn(4, 2, 4);
let h_0 = torch.zeros(2, 7);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 1) h_0 = torch.zeros(2, 8);
}
const out_0 = new nn.Linear(7, 2).forward(h_0);

const pair_1 = [new nn.GRU(7, 2), new nn.GRU(2, 2)];
pair_1[0].forward(torch.randn(2, 2, 2));
