// oracle: seed 90, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(7, 6);
const xs_0 = torch.randn(1, 3, 7);
let h_0 = torch.zeros(3, 6);
let t_0 = 0;
while (t_0 < 0) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
