// oracle: seed 190, open, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(4, 3);
const cell_0 = new nn.GRUCell(4, 3);
const x_0 = torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 5));
}
rnn_0.forward(x_0);

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(2, 2, 3));
const dims_1 = [2, 12];
const v_1 = o_1.view(...dims_1);
const s_1 = torch.zeros(...v_1.shape);
