// oracle: seed 51, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(2, 3)];
let y_0 = torch.randn(5, 1, 2);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
