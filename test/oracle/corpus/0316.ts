// oracle: seed 316, closed, raises at 6: select(): argument 'index' (position 2) must be int, not float
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 2, 4));
const r_0_0 = o_0.select(0, 3 / 2);
const r_0_1 = o_0.view(6 / 2, -1);
const r_0_2 = o_0.reshape(6, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();
