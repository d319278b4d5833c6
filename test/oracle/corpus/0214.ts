// oracle: seed 214, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 2);
const [o_0] = m_0.forward(rl.torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).reshape(2, -1);
const s_0 = rl.torch.zeros(...v_0.shape);

const cell_1 = new rl.nn.GRUCell(7, 4);
const xs_1 = rl.torch.randn(1, 3, 14);
let h_1 = rl.torch.zeros(3, 4);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
