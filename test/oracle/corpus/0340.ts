// oracle: seed 340, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 6, hiddenSize: 9, numLayers: 1 };
if (cfg_0.inputSize > 7) cfg_0.numLayers = 1;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(1, 3, 6), torch.zeros(1, 3, 9));
