// oracle: seed 142, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.LSTMCell(7, 3);
const xs_0 = torch.randn(2, 3, 7);
let h_0 = torch.zeros(3, 3);
let c_0 = torch.zeros(3, 3);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

const opts_1 = { kind: "lstm", layers: 2 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(8, 7, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(8, 7, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(8, 7, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 8));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(torch.randn(3, 2, 9));
    break;
}
