// oracle: seed 102, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 6);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 8));
});

const m_1 = new nn.GRU(5, 2);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(torch.randn(2, 3, w_1));
