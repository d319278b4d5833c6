// oracle: seed 60, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(6, 7);
const xs_0 = rl.torch.randn(4, 4, 6);
let h_0 = rl.torch.zeros(4, 7);
for (let t_0 = 0; t_0 < 4; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
