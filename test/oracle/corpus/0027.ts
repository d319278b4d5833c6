// oracle: seed 27, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = c_0.select(0, -1);
const r_0_1 = o_0.select(0, 2 / 2);
const r_0_2 = c_0.select(0, -1);
const r_0_3 = o_0.slice(0, 1, 1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
