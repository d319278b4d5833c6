// oracle: seed 66, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 6, numLayers: 2 };
cfg_0.numLayers = 1;
const m_0 = new nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(5, 2, 7), torch.zeros(cfg_0.numLayers, 2, 6));
