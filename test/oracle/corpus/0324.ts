// oracle: seed 324, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 4, hiddenSize: 3, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 1;
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(1, 1, 4), rl.torch.zeros(cfg_0.numLayers, 1, 3));
