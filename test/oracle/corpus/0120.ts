// oracle: seed 120, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(8, 5);
const xs_0 = rl.torch.randn(1, 1, 8);
let h_0 = rl.torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 3; t_0++) {
  if (t_0 >= 1) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(5, 2).forward(h_0);
