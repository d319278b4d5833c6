// oracle: seed 239, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(4, 5), new nn.GRU(5, 7)];
let y_0 = torch.randn(3, 2, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(7, 3).forward(y_0);

const rnn_1 = new nn.GRU(5, 4);
const cell_1 = new nn.GRUCell(5, 4);
const x_1 = torch.randn(3, 5);
const deep_1 = new nn.GRU(5, 4, 2);
if (2 > 1) {
  deep_1.forward(torch.randn(2, 3, 5), torch.zeros(2, 3, 4));
} else {
  deep_1.forward(torch.randn(2, 3, 5), torch.zeros(1, 3, 4));
}
