// oracle: seed 223, closed, raises at 25: input.size(-1) must be equal to input_size. Expected 5, got 4
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(8, 3);
const cell_0 = new nn.GRUCell(8, 3);
const x_0 = torch.randn(3, 8);
const deep_0 = new nn.GRU(8, 3, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(2, 3, 3));
} else {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(1, 3, 3));
}

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_1a = { inputSize: 9, hiddenSize: 7, numLayers: 3 };
const a_1 = new nn.LSTM({ ...hp_1a, numLayers: 3, batch_first: true });
const { LSTM: LSTM_1b } = nn;
const b_1 = new LSTM_1b(2, 7, { numLayers: 3 });
const oa_1 = apply_1(a_1, torch.ones(2, 3, 9));
const ob_1 = apply_1(b_1, torch.rand(2, 3, 2));

let feats_2 = 5;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 2;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 4));
