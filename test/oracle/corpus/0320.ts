// oracle: seed 320, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(5, 3), new nn.RNN(3, 4), new nn.RNN(4, 3)];
let y_0 = torch.randn(4, 2, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(3, 3).forward(y_0);
