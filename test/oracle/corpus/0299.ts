// oracle: seed 299, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const { LSTM: LSTM_0 } = nn;
const m_0 = new LSTM_0(2, 8, { numLayers: 3, batch_first: true, bidirectional: true });
const x_0 = torch.ones([3, 4, 2]);
const [out_0, st_0] = m_0.forward(x_0, [torch.randn(6, 3, 8), torch.ones(6, 3, 8)]);

const cfg_1 = { inputSize: 3, hiddenSize: 9, numLayers: 2 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(5, 4, 3), torch.zeros(cfg_1.numLayers, 4, 9));

let feats_2 = 5;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 6));
