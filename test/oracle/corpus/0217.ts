// oracle: seed 217, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(5, 7)];
let y_0 = torch.randn(3, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(7, 3).forward(y_0);

const layers_1 = [new nn.GRU(7, 7), new nn.GRU(7, 5)];
let y_1 = torch.randn(5, 3, 7);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
