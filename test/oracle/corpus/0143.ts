// oracle: seed 143, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(4, 5);
const xs_0 = rl.torch.randn(4, 2, 4);
let h_0 = rl.torch.zeros(2, 5);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const layers_1 = [new rl.nn.GRU(7, 3), new rl.nn.GRU(3, 8)];
let y_1 = rl.torch.randn(1, 2, 7);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
