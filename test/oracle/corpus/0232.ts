// oracle: seed 232, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 2, hiddenSize: 8, numLayers: 2 };
if (cfg_0.inputSize > 0) cfg_0.numLayers = 2;
const m_0 = new rl.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 1, 2), rl.torch.zeros(cfg_0.numLayers, 1, 8));
