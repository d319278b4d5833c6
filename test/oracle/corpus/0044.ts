// oracle: seed 44, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(4, 2, 4));
const r_0_0 = o_0.detach().clone().contiguous();
const r_0_1 = h_0.squeeze();
const r_0_2 = c_0.select(0, 0);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
