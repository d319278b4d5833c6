// oracle: seed 320, closed, raises at 9: input has inconsistent input_size: got 4 expected 3
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(3, 4);
const xs_0 = torch.randn(2, 1, 4);
let h_0 = torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 >= 2) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
