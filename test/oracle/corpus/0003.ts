// oracle: seed 3, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(7, 5);
const xs_0 = rnnlens.torch.randn(1, 2, 7);
let h_0 = rnnlens.torch.zeros(2, 5);
for (let t_0 = 0; t_0 < 0; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rnnlens.nn.Linear(5, 2).forward(h_0);
