// oracle: seed 244, closed, runs cleanly
import rnnlens = require("rnnlens");

const opts_0 = { layers: 2 };
const m_0 = new rnnlens.nn.GRU(4, 8, opts_0?.layers ?? 1);
m_0.forward(rnnlens.torch.randn(2, 2, 4), rnnlens.torch.zeros(opts_0.layers, 2, 8));

const cell_1 = new rnnlens.nn.GRUCell(8, 7);
const xs_1 = rnnlens.torch.randn(1, 3, 8);
let h_1 = rnnlens.torch.zeros(3, 7);
for (let t_1 = 0; t_1 < 3; t_1++) {
  if (t_1 >= 1) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rnnlens.nn.Linear(7, 2).forward(h_1);
