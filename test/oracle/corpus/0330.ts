// oracle: seed 330, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(4, 6);
const cell_0 = new rl.nn.GRUCell(4, 6);
const x_0 = rl.torch.randn(4, 3, 4);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const cfg_1 = { inputSize: 3, hiddenSize: 3, numLayers: 1 };
Object.assign(cfg_1, { numLayers: 2 });
const m_1 = new rl.nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(2, 2, 3));
