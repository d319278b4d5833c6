// oracle: seed 352, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 3;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));

const m_1 = new rnnlens.nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(3, 2, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.detach().clone().contiguous();
const r_1_2 = o_1.reshape(6, -1);
const r_1_3 = o_1.permute(2, 0, 1).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
