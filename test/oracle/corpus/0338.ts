// oracle: seed 338, closed, raises at 7: shape '[6, -1]' is invalid for input of size 15
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 1, 4));
const r_0_0 = o_0.permute(1, 0, 2).contiguous();
const r_0_1 = o_0.reshape(6, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

let feats_1 = 3;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 4));

let feats_2 = 3;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 4));
