// oracle: seed 380, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(4, 8);
const cell_0 = new nn.GRUCell(4, 8);
const x_0 = torch.randn(3, 4);
const deep_0 = new nn.GRU(4, 8, 2);
if (2 > 1) {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 8));
} else {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 8));
}

let feats_1 = 3;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const cfg_2 = { inputSize: 3, hiddenSize: 6, numLayers: 2 };
const alias_2 = cfg_2;
alias_2.numLayers = 2;
const m_2 = new nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(4, 1, 3), torch.zeros(cfg_2.numLayers, 1, 6));
