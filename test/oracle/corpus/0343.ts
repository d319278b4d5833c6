// oracle: seed 343, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(8, 2);
const xs_0 = rl.torch.randn(1, 3, 8);
let h_0 = rl.torch.zeros(3, 2);
let c_0 = rl.torch.zeros(3, 2);
let t_0 = 0;
while (t_0 < 0) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 1) h_0 = rl.torch.zeros(3, 3);
  t_0 += 1;
}
