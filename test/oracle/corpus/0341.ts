// oracle: seed 341, closed, runs cleanly
import { torch, nn } from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(8, 7));
byName_0.get("enc").forward(torch.randn(2, 2, 8));

const rnn_1 = new nn.GRU(3, 5);
const cell_1 = new nn.GRUCell(3, 5);
const x_1 = torch.randn(3, 3);
const deep_1 = new nn.GRU(3, 5, 2);
if (2 > 1) {
  deep_1.forward(torch.randn(2, 3, 3), torch.zeros(2, 3, 5));
} else {
  deep_1.forward(torch.randn(2, 3, 3), torch.zeros(1, 3, 5));
}

const cfg_2 = { inputSize: 2, hiddenSize: 4, numLayers: 2 };
if (cfg_2.inputSize > 0) cfg_2.numLayers = 2;
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(2, 2, 2), torch.zeros(cfg_2.numLayers, 2, 4));
