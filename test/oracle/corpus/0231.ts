// oracle: seed 231, closed, raises at 11: input has inconsistent input_size: got 8 expected 7
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(7, 5);
const cell_0 = new rl.nn.GRUCell(7, 5);
const x_0 = rl.torch.randn(3, 8);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}
