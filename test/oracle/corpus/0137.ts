// oracle: seed 137, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 2, 4));
const r_0_0 = o_0.select(1, 0).t();
const r_0_1 = o_0.slice(0, 0, 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(3, 2, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(2, -1);
const s_1 = torch.zeros(...v_1.shape);
