// oracle: seed 64, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(4, 8);
const cell_0 = new rl.nn.GRUCell(4, 8);
const x_0 = rl.torch.randn(4, 3, 4);
const deep_0 = new rl.nn.GRU(4, 8, 2);
if (2 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 4), rl.torch.zeros(2, 3, 8));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 4), rl.torch.zeros(1, 3, 8));
}

const rnn_1 = new rl.nn.GRU(6, 8);
const cell_1 = new rl.nn.GRUCell(6, 8);
const x_1 = rl.torch.randn(3, 6);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}
