// oracle: seed 40, closed, raises at 18: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = o_0.reshape(8, -1);
const r_0_1 = o_0.slice(0, 1, 1);
const r_0_2 = o_0.select(1, 0).t();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const m_2 = new nn.GRU(3, 5);
const [o_2] = m_2.forward(torch.randn(3, 4, 3));
const v_2 = o_2.transpose(1, 2).view(3, 20, -1);
