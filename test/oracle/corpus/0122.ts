// oracle: seed 122, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(5, 5);
setTimeout(() => m_0.forward(rnnlens.torch.randn(2, 3, 5)), 1);

const cell_1 = new rnnlens.nn.RNNCell(6, 7);
const xs_1 = rnnlens.torch.randn(1, 1, 6);
let h_1 = rnnlens.torch.zeros(1, 7);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
