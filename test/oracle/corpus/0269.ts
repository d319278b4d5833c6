// oracle: seed 269, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 8, hiddenSize: 7, numLayers: 1 };
cfg_0.numLayers = 2;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(5, 2, 8), rl.torch.zeros(cfg_0.numLayers, 2, 7));
