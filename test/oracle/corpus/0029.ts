// oracle: seed 29, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(3, 4)];
let y_0 = rl.torch.randn(1, 2, 3);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
