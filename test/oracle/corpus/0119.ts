// oracle: seed 119, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(4, 7);
const xs_0 = rl.torch.randn(1, 3, 4);
let h_0 = rl.torch.zeros(3, 7);
let c_0 = rl.torch.zeros(3, 7);
let t_0 = 0;
while (t_0 < 1) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(7, 2).forward(h_0);

const cfg_1 = { inputSize: 6, hiddenSize: 8, numLayers: 2 };
cfg_1.numLayers = 3;
const m_1 = new rl.nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(4, 1, 6), rl.torch.zeros(cfg_1.numLayers, 1, 8));

const rnn_2 = new rl.nn.GRU(5, 7);
const cell_2 = new rl.nn.GRUCell(5, 7);
const x_2 = rl.torch.randn(3, 5);
const deep_2 = new rl.nn.GRU(5, 7, 2);
if (2 > 1) {
  deep_2.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(2, 3, 7));
} else {
  deep_2.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(1, 3, 7));
}
