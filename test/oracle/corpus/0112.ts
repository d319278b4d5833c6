// oracle: seed 112, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(4, 4, 3));
const v_1 = o_1.transpose(0, 1).reshape(4, -1);

const m_2 = new nn.LSTM(4, 2);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 2, 4));
const r_2_0 = o_2.view(4 / 1, -1);
const r_2_1 = o_2.slice(0, 0, 1);
const r_2_2 = o_2.view(4 / 1, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
m_2.eval();
m_2.train();
