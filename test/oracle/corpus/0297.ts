// oracle: seed 297, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(6, 4)];
let y_0 = rl.torch.randn(2, 2, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
