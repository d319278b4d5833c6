// oracle: seed 69, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(7, 6);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 7));
});
