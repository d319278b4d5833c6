// oracle: seed 150, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 4
import rnnlens = require("rnnlens");

const pair_0 = [new rnnlens.nn.GRU(7, 4), new rnnlens.nn.GRU(4, 4)];
pair_0[0].forward(rnnlens.torch.randn(2, 2, 4));

const cell_1 = new rnnlens.nn.RNNCell(7, 2);
const xs_1 = rnnlens.torch.randn(1, 1, 7);
let h_1 = rnnlens.torch.zeros(1, 2);
let t_1 = 0;
while (t_1 < 1) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new rnnlens.nn.Linear(2, 2).forward(h_1);
