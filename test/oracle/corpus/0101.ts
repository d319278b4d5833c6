// oracle: seed 101, open, raises at 20: Expected hidden size (2, 1, 4), got [1, 1, 4]
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(6, 4);
const cell_0 = new nn.GRUCell(6, 4);
const x_0 = torch.randn(4, 3, 6);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 7));
}
rnn_0.forward(x_0);

const cfg_1 = { inputSize: 2, hiddenSize: 5, numLayers: 2 };
cfg_1["numLayers"] = 2;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 1, 2), torch.zeros(cfg_1.numLayers, 1, 5));

const cfg_2 = { inputSize: 8, hiddenSize: 4, numLayers: 1 };
cfg_2.numLayers = 2;
const m_2 = new nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(torch.randn(4, 1, 8), torch.zeros(1, 1, 4));
