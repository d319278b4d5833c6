// oracle: seed 224, closed, raises at 12: mat1 and mat2 shapes cannot be multiplied (1x5 and 4x2)
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(7, 5);
const xs_0 = torch.randn(2, 1, 7);
let h_0 = torch.zeros(1, 5);
let c_0 = torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 >= 2) break;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new nn.Linear(4, 2).forward(h_0);

const cell_1 = new nn.RNNCell(8, 5);
const xs_1 = torch.randn(4, 2, 8);
let h_1 = torch.zeros(2, 5);
let t_1 = 0;
while (t_1 < 4) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(5, 2).forward(h_1);
