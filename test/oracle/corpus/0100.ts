// oracle: seed 100, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(8, 5), new rl.nn.RNN(5, 6)];
let y_0 = rl.torch.randn(4, 1, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rl.nn.Linear(6, 3).forward(y_0);
