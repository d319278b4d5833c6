// oracle: seed 129, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 5), new rl.nn.RNN(5, 7), new rl.nn.RNN(7, 3)];
let y_0 = rl.torch.randn(1, 3, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
