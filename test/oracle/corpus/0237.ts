// oracle: seed 237, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.LSTMCell(4, 6);
const xs_0 = torch.randn(1, 2, 4);
let h_0 = torch.zeros(2, 6);
let c_0 = torch.zeros(2, 6);
for (let t_0 = 0; t_0 < 0; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}
