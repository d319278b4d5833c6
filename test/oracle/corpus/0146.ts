// oracle: seed 146, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 9, hiddenSize: 9, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(3, 4, 9), torch.zeros(cfg_0.numLayers, 4, 9));
