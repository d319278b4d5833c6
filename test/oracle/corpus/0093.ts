// oracle: seed 93, open, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(7, 7);
const cell_0 = new rl.nn.GRUCell(7, 7);
const x_0 = rl.torch.randn(4, 3, 7);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 8));
}
rnn_0.forward(x_0);

const maybe_1 = new rl.nn.RNN(2, 3);
maybe_1?.forward(rl.torch.randn(3, 1, 2));
