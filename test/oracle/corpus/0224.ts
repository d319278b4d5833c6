// oracle: seed 224, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(7, 6, { batchFirst: false });
const x_0 = torch.zeros(6, 3, 7);
const [out_0, st_0] = m_0.forward(x_0);

const cfg_1 = { inputSize: 3, hiddenSize: 5, numLayers: 1 };
const alias_1 = cfg_1;
alias_1.numLayers = 3;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(3, 4, 3), torch.zeros(cfg_1.numLayers, 4, 5));
