// oracle: seed 394, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(4, 2);
const xs_0 = torch.randn(2, 4, 4);
let h_0 = torch.zeros(4, 2);
let c_0 = torch.zeros(4, 2);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
