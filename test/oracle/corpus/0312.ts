// oracle: seed 312, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(8, 3);
const cell_0 = new nn.GRUCell(8, 3);
const x_0 = torch.randn(3, 8);
const deep_0 = new nn.GRU(8, 3, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(2, 3, 3));
} else {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(1, 3, 3));
}
