// oracle: seed 63, closed, raises at 10: mat1 and mat2 shapes cannot be multiplied (2x7 and 14x2)
import * as rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(4, 7);
const xs_0 = rl.torch.randn(2, 2, 4);
let h_0 = rl.torch.zeros(2, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(14, 2).forward(h_0);
