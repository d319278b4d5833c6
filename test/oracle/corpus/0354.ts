// oracle: seed 354, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(8, 2);
const cell_0 = new rl.nn.GRUCell(8, 2);
const x_0 = rl.torch.randn(3, 8);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}
