// oracle: seed 390, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(2, 6), new nn.RNN(6, 8)];
let y_0 = torch.randn(5, 1, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
