// oracle: seed 316, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 7, numLayers: 2 };
cfg_0.numLayers = 1;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(5, 1, 7), rl.torch.zeros(cfg_0.numLayers, 1, 7));
