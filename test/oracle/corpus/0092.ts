// oracle: seed 92, open, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const maybe_0 = null;
maybe_0?.forward(torch.randn(3, 1, 6));

const rnn_1 = new nn.GRU(4, 8);
const cell_1 = new nn.GRUCell(4, 8);
const x_1 = torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_1.forward(torch.randn(2, 2, 5));
}
rnn_1.forward(x_1);
