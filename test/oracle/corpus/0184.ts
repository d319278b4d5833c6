// oracle: seed 184, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(2, 5);
Promise.resolve(torch.randn(2, 3, 2)).then((x) => m_0.forward(x));

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const m_2 = new nn.GRU(3, 4);
const [o_2] = m_2.forward(torch.randn(3, 3, 3));
const v_2 = o_2.transpose(0, 1).reshape(3, -1);
const s_2 = torch.zeros(...v_2.shape);
