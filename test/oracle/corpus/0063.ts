// oracle: seed 63, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(2, 4), new rl.nn.GRU(4, 7)];
let y_0 = rl.torch.randn(1, 1, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
