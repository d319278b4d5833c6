// oracle: seed 98, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 4, got 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(3, 2), new nn.RNN(4, 5)];
let y_0 = torch.randn(1, 1, 3);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
