// oracle: seed 4, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(3, 5);
const xs_0 = rnnlens.torch.randn(4, 1, 3);
let h_0 = rnnlens.torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rnnlens.nn.Linear(5, 2).forward(h_0);
