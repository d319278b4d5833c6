// oracle: seed 394, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 8, hiddenSize: 5, numLayers: 1 };
if (cfg_0.inputSize > 0) cfg_0.numLayers = 3;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 4, 8), torch.zeros(3, 4, 5));
