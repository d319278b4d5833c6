// oracle: seed 385, open, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(4, 5);
for (let e = 0; e < 0; e++) {
  let h = torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 4), h);
  }
}

const rnn_1 = new nn.GRU(7, 4);
const cell_1 = new nn.GRUCell(7, 4);
const x_1 = torch.randn(3, 7);
if (Date.now() < 0) {
  rnn_1.forward(torch.randn(2, 2, 8));
}
cell_1.forward(x_1);
