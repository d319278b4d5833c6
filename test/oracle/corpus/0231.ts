// oracle: seed 231, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(7, 5), new rl.nn.RNN(5, 4)];
let y_0 = rl.torch.randn(5, 2, 7);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
