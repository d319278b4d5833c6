// oracle: seed 210, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(3, 3, 4));
const r_0_0 = o_0.flatten(0, 2);
const r_0_1 = o_0.flatten(0, 2);
const r_0_2 = o_0.slice(0, 1, 3);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
