// oracle: seed 69, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(7, 6);
it("runs the layer", () => {
  m_0.forward(rnnlens.torch.randn(2, 3, 7));
});
