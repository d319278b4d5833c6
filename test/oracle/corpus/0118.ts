// oracle: seed 118, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.view(4 / 1, -1);
const r_0_1 = o_0.slice(0, 0, 2);
const r_0_2 = h_0.squeeze(0).unsqueeze(-1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
