// oracle: seed 8, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(6, 6)];
let y_0 = torch.randn(1, 2, 6);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cell_1 = new nn.RNNCell(8, 6);
const xs_1 = torch.randn(1, 1, 10);
let h_1 = torch.zeros(1, 6);
for (let t_1 = 0; t_1 < 0; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
