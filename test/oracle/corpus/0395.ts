// oracle: seed 395, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const hp_0 = { inputSize: 9, hiddenSize: 5, numLayers: 1 };
const m_0 = new nn.RNN({ ...hp_0, numLayers: 1, batch_first: false });
const x_0 = torch.zeros(4, 3, 9);
const shape_0_2225 = [1, 3, 5];
const [out_0, st_0] = m_0.forward(x_0, torch.ones(...shape_0_2225));
const n_0 = out_0.size(-1) * st_0.size(0);

let feats_1 = 4;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const rnn_2 = new nn.GRU(5, 6);
const cell_2 = new nn.GRUCell(5, 6);
const x_2 = torch.randn(3, 5);
const deep_2 = new nn.GRU(5, 6, 2);
if (2 > 1) {
  deep_2.forward(torch.randn(2, 3, 5), torch.zeros(2, 3, 6));
} else {
  deep_2.forward(torch.randn(2, 3, 5), torch.zeros(1, 3, 6));
}
