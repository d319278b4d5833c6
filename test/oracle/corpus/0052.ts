// oracle: seed 52, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(5, 5);
const xs_0 = rl.torch.randn(1, 1, 5);
let h_0 = rl.torch.zeros(1, 5);
let c_0 = rl.torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
