// oracle: seed 391, open, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const rnn_1 = new nn.GRU(3, 8);
const cell_1 = new nn.GRUCell(3, 8);
const x_1 = torch.randn(3, 3);
if (Date.now() < 0) {
  rnn_1.forward(torch.randn(2, 2, 4));
}
cell_1.forward(x_1);
