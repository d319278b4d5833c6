// oracle: seed 60, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 2, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = o_0.view(6 / 3, -1);
const r_0_2 = o_0.view(6 / 3, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
