// oracle: seed 392, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(4, 4);
const xs_0 = rnnlens.torch.randn(2, 4, 4);
let h_0 = rnnlens.torch.zeros(4, 4);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rnnlens.nn.Linear(4, 2).forward(h_0);
