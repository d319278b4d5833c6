// oracle: seed 122, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(5, 5);
setTimeout(() => m_0.forward(torch.randn(2, 3, 5)), 1);

const cell_1 = new nn.RNNCell(6, 7);
const xs_1 = torch.randn(1, 1, 6);
let h_1 = torch.zeros(1, 7);
for (let t_1 = 0; t_1 < 0; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
