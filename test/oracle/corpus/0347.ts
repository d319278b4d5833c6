// oracle: seed 347, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.LSTM(8, 9, 3);
const x_1 = torch.randn(6, 4, 8);
const [out_1, st_1] = m_1.forward(x_1);

const m_2 = new nn.GRU(7, 4);
setTimeout(() => m_2.forward(torch.randn(2, 3, 7)), 9);
