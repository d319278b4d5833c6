// oracle: seed 2, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(8, 6);
const xs_0 = rnnlens.torch.randn(1, 2, 8);
let h_0 = rnnlens.torch.zeros(2, 6);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 2) h_0 = rnnlens.torch.zeros(2, 7);
}
const out_0 = new rnnlens.nn.Linear(6, 2).forward(h_0);
