// oracle: seed 393, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 3;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const opts_1 = { layers: 1 };
const m_1 = new nn.GRU(4, 2, opts_1?.layers ?? 1);
m_1.forward(torch.randn(2, 2, 4), torch.zeros(opts_1.layers, 2, 2));
