// oracle: seed 185, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(6, 2);
let w_0 = 7;
[1, 2].forEach(() => {
  w_0 = 6;
});
m_0.forward(rnnlens.torch.randn(2, 3, w_0));
