// oracle: seed 219, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(4, 2), new rl.nn.RNN(2, 3), new rl.nn.RNN(3, 2)];
let y_0 = rl.torch.randn(5, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rl.nn.Linear(2, 3).forward(y_0);

const opts_1 = { layers: 2 };
const m_1 = new rl.nn.GRU(7, 5, opts_1?.layers ?? 1);
m_1.forward(rl.torch.randn(2, 2, 7), rl.torch.zeros(opts_1.layers, 2, 5));
