// oracle: seed 147, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 3, 4));
const r_0_0 = o_0.detach().clone().contiguous();
const r_0_1 = o_0.detach().clone().contiguous();
const r_0_2 = o_0.permute(2, 0, 1).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
