// oracle: seed 33, closed, raises at 16: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 5);
const cell_0 = new nn.GRUCell(2, 5);
const x_0 = torch.randn(4, 3, 2);
const deep_0 = new nn.GRU(2, 5, 2);
if (2 > 1) {
  deep_0.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 5));
} else {
  deep_0.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 5));
}

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(2, 4, 3));
const v_1 = o_1.transpose(1, 2).view(2, 4, -1);

let feats_2 = 2;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 4));
