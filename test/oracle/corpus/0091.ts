// oracle: seed 91, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 5);
const [o_0] = m_0.forward(torch.randn(3, 2, 3));
const v_0 = o_0.permute(1, 0, 2).view(2, 3, 5);
const s_0 = torch.zeros(...v_0.shape);
