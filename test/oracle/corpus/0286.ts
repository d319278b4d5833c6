// oracle: seed 286, closed, runs cleanly
import rnnlens = require("rnnlens");

const { GRU: GRU_0 } = rnnlens.nn;
const m_0 = new GRU_0(9, 3);
const shape_0_2248 = [6, 4, 9];
const x_0 = rnnlens.torch.randn(...shape_0_2248);
const [out_0, st_0] = m_0.forward(x_0, rnnlens.torch.zeros(1, 4, 3));

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
