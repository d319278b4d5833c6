// oracle: seed 4, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 2, hiddenSize: 3, numLayers: 2 };
cfg_0["numLayers"] = 1;
const m_0 = new rl.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 3, 2), rl.torch.zeros(cfg_0.numLayers, 3, 3));
