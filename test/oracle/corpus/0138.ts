// oracle: seed 138, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 6);
Promise.resolve(torch.randn(2, 3, 5)).then((x) => m_0.forward(x));

const m_1 = new nn.LSTM(8, 3, 1);
const shape_1_1479 = [2, 2, 8];
const x_1 = torch.rand(...shape_1_1479);
const [out_1, st_1] = m_1.forward(x_1);

let feats_2 = 4;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
