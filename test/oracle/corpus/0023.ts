// oracle: seed 23, open, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(4, 4);
const cell_0 = new nn.GRUCell(4, 4);
const x_0 = torch.randn(3, 4);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 5));
}
cell_0.forward(x_0);
