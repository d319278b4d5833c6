// oracle: seed 117, closed, raises at 16: mat1 and mat2 shapes cannot be multiplied (9x3 and 4x3)
import * as rl from "rnnlens";

const opts_0 = { layers: 2 };
const m_0 = new rl.nn.GRU(3, 6, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 6));

const maybe_1 = null;
maybe_1?.forward(rl.torch.randn(3, 1, 6));

const layers_2 = [new rl.nn.RNN(2, 3)];
let y_2 = rl.torch.randn(3, 3, 2);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new rl.nn.Linear(4, 3).forward(y_2);
