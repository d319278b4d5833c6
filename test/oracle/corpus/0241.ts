// oracle: seed 241, closed, runs cleanly
import { torch, nn } from "rnnlens";

const pair_0 = [new nn.GRU(2, 5), new nn.GRU(5, 5)];
pair_0[1].forward(torch.randn(2, 2, 5));

const rnn_1 = new nn.GRU(4, 4);
const cell_1 = new nn.GRUCell(4, 4);
const x_1 = torch.randn(4, 3, 4);
const deep_1 = new nn.GRU(4, 4, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 4));
} else {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 4));
}
