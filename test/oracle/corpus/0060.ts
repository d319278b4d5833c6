// oracle: seed 60, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 6, numLayers: 2 };
cfg_0["numLayers"] = 3;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(1, 4, 6), rl.torch.zeros(cfg_0.numLayers, 4, 6));
