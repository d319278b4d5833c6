// oracle: seed 36, closed, raises at 11: mat1 and mat2 shapes cannot be multiplied (3x7 and 14x2)
import rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(7, 7);
const xs_0 = rl.torch.randn(4, 3, 7);
let h_0 = rl.torch.zeros(3, 7);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(14, 2).forward(h_0);

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 3, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.permute(0, 2, 1).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const cfg_2 = { inputSize: 9, hiddenSize: 3, numLayers: 1 };
Object.assign(cfg_2, { numLayers: 3 });
const m_2 = new rl.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rl.torch.randn(3, 4, 9), rl.torch.zeros(3, 4, 3));
