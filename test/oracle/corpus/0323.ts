// oracle: seed 323, closed, raises at 15: input.size(-1) must be equal to input_size. Expected 6, got 5
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(7, 6);
const cell_0 = new rl.nn.GRUCell(7, 6);
const x_0 = rl.torch.randn(4, 3, 7);
const deep_0 = new rl.nn.GRU(7, 6, 1);
if (1 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 7), rl.torch.zeros(2, 3, 6));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 7), rl.torch.zeros(1, 3, 6));
}

const pair_1 = [new rl.nn.GRU(6, 5), new rl.nn.GRU(5, 5)];
pair_1[0].forward(rl.torch.randn(2, 2, 5));
