// oracle: seed 92, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const maybe_0 = null;
maybe_0?.forward(torch.randn(3, 1, 6));

const layers_1 = [new nn.GRU(4, 8), new nn.GRU(8, 7), new nn.GRU(7, 8)];
let y_1 = torch.randn(2, 1, 4);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new nn.Linear(8, 3).forward(y_1);
