// oracle: seed 235, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 10
import * as rl from "rnnlens";
const { torch, nn } = rl;

const maybe_0 = new nn.RNN(5, 5);
maybe_0?.forward(torch.randn(3, 1, 5));

const rnn_1 = new nn.GRU(5, 7);
const cell_1 = new nn.GRUCell(5, 7);
const x_1 = torch.randn(4, 3, 10);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}
