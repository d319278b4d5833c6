// oracle: seed 29, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(4, 4);
const xs_0 = rl.torch.randn(1, 2, 4);
let h_0 = rl.torch.zeros(2, 4);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 1) h_0 = rl.torch.zeros(2, 5);
}
