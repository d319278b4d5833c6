// oracle: seed 102, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(8, 6);
it("runs the layer", () => {
  m_0.forward(rnnlens.torch.randn(2, 3, 8));
});

const m_1 = new rnnlens.nn.GRU(5, 2);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(rnnlens.torch.randn(2, 3, w_1));
