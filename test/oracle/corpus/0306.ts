// oracle: seed 306, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 2);
const xs_0 = torch.randn(4, 4, 4);
let h_0 = torch.zeros(4, 2);
for (let t_0 = 0; t_0 < 4; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
