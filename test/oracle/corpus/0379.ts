// oracle: seed 379, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(8, 5), new rl.nn.RNN(5, 8)];
let y_0 = rl.torch.randn(5, 2, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cell_1 = new rl.nn.GRUCell(3, 5);
const xs_1 = rl.torch.randn(1, 1, 3);
let h_1 = rl.torch.zeros(1, 5);
for (let t_1 = 0; t_1 < 0; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rl.nn.Linear(5, 2).forward(h_1);
