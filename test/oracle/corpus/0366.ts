// oracle: seed 366, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 3);
it("runs the layer", () => {
  m_0.forward(rnnlens.torch.randn(2, 3, 4));
});

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 4));
