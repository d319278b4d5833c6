// oracle: seed 9, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 8, hiddenSize: 7, numLayers: 2 };
cfg_0["numLayers"] = 1;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 3, 8), torch.zeros(cfg_0.numLayers, 3, 7));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(2, 4, 3));
const v_1 = o_1.transpose(0, 1).reshape(4, -1);

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(8, 5, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 8), torch.zeros(opts_2.layers, 2, 5));
