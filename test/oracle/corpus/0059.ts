// oracle: seed 59, closed, raises at 13: mat1 and mat2 shapes cannot be multiplied (2x7 and 6x2)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(2, 6);
const xs_0 = torch.randn(1, 2, 2);
let h_0 = torch.zeros(2, 6);
for (let t_0 = 0; t_0 < 3; t_0++) {
  if (t_0 >= 1) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 0) h_0 = torch.zeros(2, 7);
}
const out_0 = new nn.Linear(6, 2).forward(h_0);

const rnn_1 = new nn.GRU(3, 5);
const cell_1 = new nn.GRUCell(3, 5);
const x_1 = torch.randn(4, 3, 3);
const deep_1 = new nn.GRU(3, 5, 2);
if (2 > 1) {
  deep_1.forward(torch.randn(2, 3, 3), torch.zeros(2, 3, 5));
} else {
  deep_1.forward(torch.randn(2, 3, 3), torch.zeros(1, 3, 5));
}
