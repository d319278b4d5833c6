// oracle: seed 355, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(4, 5);
const xs_0 = torch.randn(4, 2, 4);
let h_0 = torch.zeros(2, 5);
let t_0 = 0;
while (t_0 < 4) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
