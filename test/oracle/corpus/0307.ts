// oracle: seed 307, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(5, 7);
const cell_0 = new nn.GRUCell(5, 7);
const x_0 = torch.randn(4, 3, 5);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const layers_1 = [new nn.RNN(2, 7)];
let y_1 = torch.randn(4, 1, 2);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const layers_2 = [new nn.GRU(7, 7)];
let y_2 = torch.randn(4, 2, 7);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
const z_2 = new nn.Linear(7, 3).forward(y_2);
