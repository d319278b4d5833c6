// oracle: seed 19, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(8, 4);
const xs_0 = torch.randn(2, 3, 8);
let h_0 = torch.zeros(3, 4);
let c_0 = torch.zeros(3, 4);
for (let t_0 = 0; t_0 < 2; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
const out_0 = new nn.Linear(4, 2).forward(h_0);
