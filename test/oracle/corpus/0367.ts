// oracle: seed 367, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 3, got 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 2));
