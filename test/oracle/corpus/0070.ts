// oracle: seed 70, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(8, 7);
const xs_0 = torch.randn(2, 1, 8);
let h_0 = torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
