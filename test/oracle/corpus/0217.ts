// oracle: seed 217, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(5, 7);
const cell_0 = new nn.GRUCell(5, 7);
const x_0 = torch.randn(4, 3, 5);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const cell_1 = new nn.GRUCell(2, 5);
const xs_1 = torch.randn(2, 1, 2);
let h_1 = torch.zeros(1, 5);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 >= 2) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
