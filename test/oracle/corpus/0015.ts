// oracle: seed 15, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 3
import * as rl from "rnnlens";

let feats_0 = 3;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 3));

let feats_1 = 3;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, 4));
