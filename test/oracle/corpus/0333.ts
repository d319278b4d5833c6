// oracle: seed 333, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 5, { bidirectional: true });
const x_0 = torch.randn(1, 3, 3);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(10, 3);
const y_0 = head_0.forward(out_0);

const cfg_1 = { inputSize: 3, hiddenSize: 5, numLayers: 2 };
if (cfg_1.inputSize > 4) cfg_1.numLayers = 2;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(2, 1, 3), torch.zeros(cfg_1.numLayers, 1, 5));
