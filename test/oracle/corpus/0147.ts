// oracle: seed 147, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.GRUCell(8, 3);
const xs_0 = torch.randn(2, 3, 8);
let h_0 = torch.zeros(3, 3);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 >= 2) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
