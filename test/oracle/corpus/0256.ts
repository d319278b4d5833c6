// oracle: seed 256, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);

const cell_1 = new rl.nn.LSTMCell(3, 6);
const xs_1 = rl.torch.randn(1, 4, 3);
let h_1 = rl.torch.zeros(4, 6);
let c_1 = rl.torch.zeros(4, 6);
let t_1 = 0;
while (t_1 < 1) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  if (t_1 === 0) h_1 = rl.torch.zeros(4, 7);
  t_1 += 1;
}
