// oracle: seed 43, open, raises at 10: input.size(-1) must be equal to input_size. Expected 2, got 1
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(2, 2);
const cell_0 = new rl.nn.GRUCell(2, 2);
const x_0 = rl.torch.randn(4, 3, 1);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 3));
}
rnn_0.forward(x_0);
