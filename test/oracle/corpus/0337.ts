// oracle: seed 337, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 4, hiddenSize: 4, numLayers: 2 };
cfg_0.numLayers = 1;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(1, 2, 4), torch.zeros(cfg_0.numLayers, 2, 4));
