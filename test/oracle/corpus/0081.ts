// oracle: seed 81, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 2, numLayers: 1 };
cfg_0["numLayers"] = 3;
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(3, 2, 6), rl.torch.zeros(cfg_0.numLayers, 2, 2));
