// oracle: seed 90, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(4, 7)];
let y_0 = torch.randn(1, 2, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(7, 3).forward(y_0);
