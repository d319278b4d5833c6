// oracle: seed 81, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 2, got 3
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 2), new rl.nn.RNN(2, 3), new rl.nn.RNN(2, 8)];
let y_0 = rl.torch.randn(3, 3, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
