// oracle: seed 30, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 3, got 6
import rnnlens = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, 6));

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 11));

const m_2 = new rnnlens.nn.GRU(6, 4);
const outs_2 = [rnnlens.torch.randn(2, 3, 6), rnnlens.torch.randn(2, 3, 6)].map((x) => m_2.forward(x)[0]);
