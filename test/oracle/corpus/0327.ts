// oracle: seed 327, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(8, 7);
const xs_0 = rl.torch.randn(1, 1, 8);
let h_0 = rl.torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 >= 0) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(7, 2).forward(h_0);

const opts_1 = { layers: 2 };
const m_1 = new rl.nn.GRU(6, 2, opts_1?.layers ?? 1);
m_1.forward(rl.torch.randn(2, 2, 6), rl.torch.zeros(opts_1.layers, 2, 2));
