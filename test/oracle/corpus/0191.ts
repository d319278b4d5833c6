// oracle: seed 191, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 5
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 5));

const m_1 = new nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 1, 4));
const r_1_0 = h_1.squeeze(0).unsqueeze(0);
const r_1_1 = o_1.slice(0, 0, 1);
const r_1_2 = h_1.squeeze(0).unsqueeze(0);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
