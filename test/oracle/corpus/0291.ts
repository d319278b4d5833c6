// oracle: seed 291, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(3, 2, 4));
const r_0_0 = o_0.flatten(0, -1);
const r_0_1 = o_0.slice(0, 0, 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const cell_1 = new rnnlens.nn.GRUCell(3, 7);
const xs_1 = rnnlens.torch.randn(1, 1, 3);
let h_1 = rnnlens.torch.zeros(1, 7);
for (let t_1 = 0; t_1 < 1; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rnnlens.nn.Linear(7, 2).forward(h_1);
