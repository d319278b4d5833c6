// oracle: seed 232, closed, raises at 9: input has inconsistent input_size: got 9 expected 7
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.RNNCell(7, 8);
const xs_0 = rnnlens.torch.randn(4, 3, 9);
let h_0 = rnnlens.torch.zeros(3, 8);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 1) h_0 = rnnlens.torch.zeros(3, 9);
}
