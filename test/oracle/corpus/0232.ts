// oracle: seed 232, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 3, 4));
const r_0_0 = c_0.select(0, -1);
const r_0_1 = h_0.squeeze(0).unsqueeze(1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();
