// oracle: seed 21, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.GRUCell(5, 8);
const xs_0 = torch.randn(1, 4, 5);
let h_0 = torch.zeros(4, 8);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(8, 2).forward(h_0);

const layers_1 = [new nn.RNN(2, 8), new nn.RNN(8, 3), new nn.RNN(3, 5)];
let y_1 = torch.randn(3, 2, 2);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
