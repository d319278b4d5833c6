// oracle: seed 244, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 6);
let w_0 = 5;
[1, 2].forEach(() => {
  w_0 = 4;
});
m_0.forward(rnnlens.torch.randn(2, 3, w_0));

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
