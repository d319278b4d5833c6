// oracle: seed 271, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 2);
const cell_0 = new nn.GRUCell(4, 2);
const x_0 = torch.randn(4, 3, 4);
const deep_0 = new nn.GRU(4, 2, 2);
if (2 > 1) {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 2));
} else {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 2));
}

const cfg_1 = { inputSize: 6, hiddenSize: 8, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(5, 2, 6), torch.zeros(1, 2, 8));

const cfg_2 = { inputSize: 2, hiddenSize: 3, numLayers: 1 };
cfg_2.numLayers = 3;
const m_2 = new nn.RNN(cfg_2);
const [o_2, h_2] = m_2.forward(torch.randn(5, 2, 2), torch.zeros(3, 2, 3));
