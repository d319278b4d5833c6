// oracle: seed 391, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(8, 7);
const cell_0 = new nn.GRUCell(8, 7);
const x_0 = torch.randn(4, 3, 8);
const deep_0 = new nn.GRU(8, 7, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(2, 3, 7));
} else {
  deep_0.forward(torch.randn(2, 3, 8), torch.zeros(1, 3, 7));
}

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).reshape(3, -1);
