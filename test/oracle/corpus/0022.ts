// oracle: seed 22, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 2, 4));
const r_0_0 = o_0.view(4 / 2, -1);
const r_0_1 = o_0.view(4 / 2, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
