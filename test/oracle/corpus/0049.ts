// oracle: seed 49, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(2, 4);
setTimeout(() => m_0.forward(torch.randn(2, 3, 2)), 9);

const m_1 = new nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 3, 4));
const r_1_0 = h_1.squeeze();
const r_1_1 = o_1.select(0, 2 / 2);
const r_1_2 = c_1.select(0, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
