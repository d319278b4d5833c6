// oracle: seed 245, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 3, hiddenSize: 3, numLayers: 2 };
cfg_0["numLayers"] = 2;
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(2, 3, 3), rl.torch.zeros(cfg_0.numLayers, 3, 3));

const cfg_1 = { inputSize: 6, hiddenSize: 4, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 2 });
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(5, 4, 6), rl.torch.zeros(2, 4, 4));
