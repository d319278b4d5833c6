// oracle: seed 287, closed, raises at 10: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(6, 7, { batch_first: true });
const x_0 = torch.randn(1, 5, 6);
const [out_0, st_0] = m_0.forward(x_0);

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(2, 2, 3));
const v_1 = o_1.transpose(1, 2).view(2, 10, -1);
const s_1 = torch.zeros(...v_1.shape);
