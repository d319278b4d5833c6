// oracle: seed 400, closed, raises at 12: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 3, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = o_0.flatten(1, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(4, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);
