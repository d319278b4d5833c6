// oracle: seed 141, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(7, 3);
const xs_0 = rnnlens.torch.randn(4, 3, 7);
let h_0 = rnnlens.torch.zeros(3, 3);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rnnlens.nn.Linear(3, 2).forward(h_0);
