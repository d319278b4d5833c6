// oracle: seed 72, closed, raises at 11: mat1 and mat2 shapes cannot be multiplied (4x4 and 6x2)
import * as rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(2, 4);
const xs_0 = rl.torch.randn(4, 4, 2);
let h_0 = rl.torch.zeros(4, 4);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(6, 2).forward(h_0);
