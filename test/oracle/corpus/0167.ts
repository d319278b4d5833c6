// oracle: seed 167, closed, raises at 19: mat1 and mat2 shapes cannot be multiplied (3x8 and 9x3)
import rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(2, 3);
const xs_0 = rl.torch.randn(2, 1, 2);
let h_0 = rl.torch.zeros(1, 3);
let c_0 = rl.torch.zeros(1, 3);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 1) h_0 = rl.torch.zeros(1, 4);
}

const m_1 = new rl.nn.LSTM(2, 8, 3);
const x_1 = rl.torch.ones([3, 1, 2]);
const shape_1_79 = [3, 1, 8];
const [out_1, st_1] = m_1.forward(x_1, [rl.torch.ones(...shape_1_79), rl.torch.zeros(3, 1, 8)]);
const head_1 = new rl.nn.Linear(9, 3);
const y_1 = head_1.forward(out_1);
const n_1 = out_1.size(0) * st_1[0].size(0);

const maybe_2 = new rl.nn.RNN(6, 6);
maybe_2?.forward(rl.torch.randn(3, 1, 6));
