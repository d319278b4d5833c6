// oracle: seed 334, closed, raises at 14: Expected hidden[1] size (1, 2, 8), got [3, 2, 8]
const { torch, nn } = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const hp_1 = { inputSize: 7, hiddenSize: 8, numLayers: 1 };
const m_1 = new nn.LSTM({ ...hp_1, numLayers: 1, bidirectional: false });
const x_1 = torch.rand(3, 2, 7);
const shape_1_4591 = [1, 2, 8];
const shape_1_4863 = [3, 2, 8];
const [out_1, st_1] = m_1.forward(x_1, [torch.ones(...shape_1_4591), torch.rand(...shape_1_4863)]);
const head_1 = new nn.Linear(8, 5);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);

const m_2 = new nn.RNN({ inputSize: 4, hidden_size: 2, numLayers: 1 });
const x_2 = torch.randn(2, 2, 4);
const [out_2, st_2] = m_2.forward(x_2);
