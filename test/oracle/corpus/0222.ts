// oracle: seed 222, closed, raises at 11: select(): index 1 out of range for tensor of size [1, 1, 3] at dimension 0
import * as rl from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new rl.nn.GRU(3, 5, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 5));

const m_1 = new rl.nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 1, 4));
const r_1_0 = h_1.squeeze(0).unsqueeze(0);
const r_1_1 = c_1.select(0, 1);
const r_1_2 = h_1.squeeze(0).unsqueeze(0);
const r_1_3 = h_1.squeeze();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();
