// oracle: seed 70, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(8, 7);
const xs_0 = rnnlens.torch.randn(2, 1, 8);
let h_0 = rnnlens.torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
