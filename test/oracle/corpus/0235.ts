// oracle: seed 235, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const maybe_0 = new nn.RNN(5, 5);
maybe_0?.forward(torch.randn(3, 1, 5));

const layers_1 = [new nn.RNN(5, 7), new nn.RNN(7, 7), new nn.RNN(7, 2)];
let y_1 = torch.randn(5, 3, 5);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
