// oracle: seed 136, open, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(4, 8);
const cell_0 = new rl.nn.GRUCell(4, 8);
const x_0 = rl.torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(rl.torch.randn(2, 2, 5));
}
rnn_0.forward(x_0);

const args_1: [number, number, number] = [9, 9, 3];
const m_1 = new rl.nn.GRU(...args_1);
const x_1 = rl.torch.zeros([5, 2, 9]);
const [out_1, st_1] = m_1.forward(x_1, rl.torch.ones([3, 2, 9]));
const n_1 = out_1.size(1) * st_1.size(0);

const cfg_2 = { inputSize: 9, hiddenSize: 5, numLayers: 1 };
if (cfg_2.inputSize > 10) cfg_2.numLayers = 3;
const m_2 = new rl.nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rl.torch.randn(4, 2, 9), rl.torch.zeros(cfg_2.numLayers, 2, 5));
