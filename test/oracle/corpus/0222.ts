// oracle: seed 222, closed, raises at 12: shape '[4, -1]' is invalid for input of size 6
import * as rl from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new rl.nn.GRU(3, 5, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 5));

const m_1 = new rl.nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 1, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = h_1.squeeze(0).unsqueeze(0);
const r_1_2 = o_1.reshape(4, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();
