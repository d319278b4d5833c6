// oracle: seed 359, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 4);
const cell_0 = new rl.nn.GRUCell(5, 4);
const x_0 = rl.torch.randn(3, 5);
const deep_0 = new rl.nn.GRU(5, 4, 1);
if (1 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(2, 3, 4));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 5), rl.torch.zeros(1, 3, 4));
}

const opts_1 = { layers: 2 };
const m_1 = new rl.nn.GRU(6, 6, opts_1?.layers ?? 1);
m_1.forward(rl.torch.randn(2, 2, 6), rl.torch.zeros(opts_1.layers, 2, 6));

const cfg_2 = { inputSize: 6, hiddenSize: 4, numLayers: 2 };
const alias_2 = cfg_2;
alias_2.numLayers = 2;
const m_2 = new rl.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rl.torch.randn(4, 1, 6), rl.torch.zeros(cfg_2.numLayers, 1, 4));
