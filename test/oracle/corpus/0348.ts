// oracle: seed 348, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 5, hiddenSize: 2, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 1;
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 4, 5), rl.torch.zeros(cfg_0.numLayers, 4, 2));

const cfg_1 = { inputSize: 8, hiddenSize: 3, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 2;
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(2, 4, 8), rl.torch.zeros(2, 4, 3));
