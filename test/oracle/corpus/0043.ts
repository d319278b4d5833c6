// oracle: seed 43, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(2, 2)];
let y_0 = rl.torch.randn(1, 1, 2);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
