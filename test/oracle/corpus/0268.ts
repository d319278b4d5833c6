// oracle: seed 268, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(6, 5);
let late_0 = rl.torch.randn(2, 3, 7);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rl.torch.randn(2, 3, 6);

const cell_1 = new rl.nn.LSTMCell(7, 5);
const xs_1 = rl.torch.randn(1, 3, 7);
let h_1 = rl.torch.zeros(3, 5);
let c_1 = rl.torch.zeros(3, 5);
for (let t_1 = 0; t_1 < 1; t_1++) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
