// oracle: seed 154, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(4, 4);
const xs_0 = torch.randn(1, 2, 4);
let h_0 = torch.zeros(2, 4);
for (let t_0 = 0; t_0 < 0; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 0) h_0 = torch.zeros(2, 5);
}

const rnn_1 = new nn.GRU(6, 4);
const cell_1 = new nn.GRUCell(6, 4);
const x_1 = torch.randn(4, 3, 6);
const deep_1 = new nn.GRU(6, 4, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 6), torch.zeros(2, 3, 4));
} else {
  deep_1.forward(torch.randn(2, 3, 6), torch.zeros(1, 3, 4));
}

const layers_2 = [new nn.GRU(8, 4), new nn.GRU(4, 7), new nn.GRU(7, 5)];
let y_2 = torch.randn(4, 2, 8);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new nn.Linear(5, 3).forward(y_2);
