// oracle: seed 376, closed, raises at 21: hidden0 has inconsistent hidden_size: got 8, expected 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 5);
const cell_0 = new nn.GRUCell(4, 5);
const x_0 = torch.randn(3, 4);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const cell_1 = new nn.LSTMCell(7, 7);
const xs_1 = torch.randn(2, 2, 7);
let h_1 = torch.zeros(2, 7);
let c_1 = torch.zeros(2, 7);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 >= 2) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  if (t_1 === 0) h_1 = torch.zeros(2, 8);
}
const out_1 = new nn.Linear(7, 2).forward(h_1);
