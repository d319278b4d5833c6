// oracle: seed 235, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const maybe_0 = new nn.RNN(5, 5);
maybe_0?.forward(torch.randn(3, 1, 5));

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
