// oracle: seed 131, closed, raises at 21: shape '[7, -1]' is invalid for input of size 30
import * as rl from "rnnlens";

const m_0 = new rl.nn.RNN(3, 9, { bidirectional: true });
const shape_0_2747 = [5, 1, 3];
const x_0 = rl.torch.randn(...shape_0_2747);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(18, 3);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 2, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = h_1.squeeze();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const m_2 = new rl.nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(rl.torch.randn(3, 2, 4));
const r_2_0 = o_2.permute(1, 0, 2).contiguous();
const r_2_1 = o_2.reshape(7, -1);
const r_2_2 = o_2.view(6 / 3, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
