// oracle: seed 196, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(6, 3);
let w_0 = 7;
[1, 2].forEach(() => {
  w_0 = 6;
});
m_0.forward(torch.randn(2, 3, w_0));

const rnn_1 = new nn.GRU(2, 8);
const cell_1 = new nn.GRUCell(2, 8);
const x_1 = torch.randn(3, 2);
const deep_1 = new nn.GRU(2, 8, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 8));
} else {
  deep_1.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 8));
}
