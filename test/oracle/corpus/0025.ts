// oracle: seed 25, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(7, 3);
const cell_0 = new nn.GRUCell(7, 3);
const x_0 = torch.randn(3, 7);
const deep_0 = new nn.GRU(7, 3, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 7), torch.zeros(2, 3, 3));
} else {
  deep_0.forward(torch.randn(2, 3, 7), torch.zeros(1, 3, 3));
}

const cell_1 = new nn.RNNCell(2, 5);
const xs_1 = torch.randn(2, 1, 2);
let h_1 = torch.zeros(1, 5);
let t_1 = 0;
while (t_1 < 2) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(5, 2).forward(h_1);

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(8, 7, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 8), torch.zeros(opts_2.layers, 2, 7));
