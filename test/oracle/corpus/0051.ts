// oracle: seed 51, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.RNNCell(3, 3);
const xs_0 = torch.randn(1, 2, 3);
let h_0 = torch.zeros(2, 3);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
