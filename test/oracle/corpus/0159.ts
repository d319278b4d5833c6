// oracle: seed 159, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 3, 4));
const r_0_0 = o_0.detach().clone().contiguous();
const r_0_1 = o_0.permute(1, 0, 2).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
