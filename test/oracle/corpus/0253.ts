// oracle: seed 253, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(4, 7, { batch_first: true });
const x_1 = torch.rand(2, 4, 4);
const [out_1, st_1] = m_1.forward(x_1, torch.ones(1, 2, 7));
