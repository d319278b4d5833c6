// oracle: seed 316, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(6, 5);
const xs_0 = rl.torch.randn(1, 1, 6);
let h_0 = rl.torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 >= 0) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 1) h_0 = rl.torch.zeros(1, 6);
}
