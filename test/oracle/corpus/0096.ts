// oracle: seed 96, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(7, 7), new nn.RNN(7, 7), new nn.RNN(7, 5)];
let y_0 = torch.randn(1, 3, 7);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
