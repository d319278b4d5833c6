// oracle: seed 18, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(3, 7)];
let y_0 = torch.randn(3, 2, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(7, 3).forward(y_0);

const rnn_1 = new nn.GRU(2, 8);
const cell_1 = new nn.GRUCell(2, 8);
const x_1 = torch.randn(4, 3, 2);
const deep_1 = new nn.GRU(2, 8, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 8));
} else {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 8));
}
