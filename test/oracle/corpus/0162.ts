// oracle: seed 162, closed, raises at 8: input has inconsistent input_size: got 3 expected 2
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(2, 4);
const xs_0 = rnnlens.torch.randn(1, 4, 3);
let h_0 = rnnlens.torch.zeros(4, 4);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const m_1 = new rnnlens.nn.GRU(3, 4);
setTimeout(() => m_1.forward(rnnlens.torch.randn(2, 3, 3)), 4);

const cell_2 = new rnnlens.nn.GRUCell(8, 2);
const xs_2 = rnnlens.torch.randn(4, 1, 8);
let h_2 = rnnlens.torch.zeros(1, 2);
for (let t_2 = 0; t_2 < 6; t_2++) {
  if (t_2 >= 4) break;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  if (t_2 === 2) h_2 = rnnlens.torch.zeros(1, 3);
}
