// oracle: seed 49, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 4);
setTimeout(() => m_0.forward(rl.torch.randn(2, 3, 2)), 9);

const m_1 = new rl.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 3, 4));
const r_1_0 = o_1.permute(0, 2, 1).contiguous();
const r_1_1 = c_1.select(0, -1);
const r_1_2 = o_1.reshape(6, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
m_1.eval();
m_1.train();
