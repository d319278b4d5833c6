// oracle: seed 234, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.LSTMCell(4, 4);
const xs_0 = torch.randn(1, 2, 4);
let h_0 = torch.zeros(2, 4);
let c_0 = torch.zeros(2, 4);
for (let t_0 = 0; t_0 < 0; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

const cell_1 = new nn.LSTMCell(7, 6);
const xs_1 = torch.randn(1, 4, 7);
let h_1 = torch.zeros(4, 6);
let c_1 = torch.zeros(4, 6);
for (let t_1 = 0; t_1 < 3; t_1++) {
  if (t_1 >= 1) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
