// oracle: seed 324, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(3, 2);
const xs_0 = rl.torch.randn(1, 2, 3);
let h_0 = rl.torch.zeros(2, 2);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
