// oracle: seed 151, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(7, 5);
const xs_0 = rl.torch.randn(1, 2, 7);
let h_0 = rl.torch.zeros(2, 5);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(5, 2).forward(h_0);
