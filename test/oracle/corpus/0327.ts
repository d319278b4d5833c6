// oracle: seed 327, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 9, numLayers: 2 };
cfg_0.numLayers = 1;
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(2, 2, 6), rl.torch.zeros(cfg_0.numLayers, 2, 9));

const m_1 = new rl.nn.GRU(6, 2);
setTimeout(() => m_1.forward(rl.torch.randn(2, 3, 6)), 6);
