// oracle: seed 234, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(8, 4)];
let y_0 = torch.randn(3, 1, 8);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(4, 3).forward(y_0);

const m_1 = new nn.GRU(6, 6);
Promise.resolve(torch.randn(2, 3, 6)).then((x) => m_1.forward(x));
