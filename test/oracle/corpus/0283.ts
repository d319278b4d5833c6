// oracle: seed 283, closed, raises at 12: mat1 and mat2 shapes cannot be multiplied (1x7 and 6x2)
import rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(4, 7);
const xs_0 = rl.torch.randn(1, 1, 4);
let h_0 = rl.torch.zeros(1, 7);
let t_0 = 0;
while (t_0 < 0) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(6, 2).forward(h_0);

const opts_1 = { layers: 2 };
const m_1 = new rl.nn.GRU(4, 7, opts_1?.layers ?? 1);
m_1.forward(rl.torch.randn(2, 2, 4), rl.torch.zeros(opts_1.layers, 2, 7));
