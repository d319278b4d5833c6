// oracle: seed 4, closed, raises at 7: zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 1, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = rl.torch.zeros(1 / 2, 4);
const r_0_2 = h_0.squeeze();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();
