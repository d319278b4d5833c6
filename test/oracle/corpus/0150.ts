// oracle: seed 150, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 4
import rnnlens = require("rnnlens");

const pair_0 = [new rnnlens.nn.GRU(7, 4), new rnnlens.nn.GRU(4, 4)];
pair_0[0].forward(rnnlens.torch.randn(2, 2, 4));

let feats_1 = 2;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
