// oracle: seed 311, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.LSTMCell(2, 2);
const xs_0 = torch.randn(1, 1, 2);
let h_0 = torch.zeros(1, 2);
let c_0 = torch.zeros(1, 2);
for (let t_0 = 0; t_0 < 1; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 1) h_0 = torch.zeros(1, 3);
}
const out_0 = new nn.Linear(2, 2).forward(h_0);

const cell_1 = new nn.RNNCell(3, 6);
const xs_1 = torch.randn(2, 4, 3);
let h_1 = torch.zeros(4, 6);
for (let t_1 = 0; t_1 < 2; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new nn.Linear(6, 2).forward(h_1);

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(2, 2, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 2), torch.zeros(opts_2.layers, 2, 2));
