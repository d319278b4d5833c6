// oracle: seed 343, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 9, hiddenSize: 9, numLayers: 1 };
cfg_0.numLayers = 3;
const m_0 = new rl.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(5, 1, 9), rl.torch.zeros(cfg_0.numLayers, 1, 9));
