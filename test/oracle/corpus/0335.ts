// oracle: seed 335, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { kind: "rnn", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(8, 8, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(8, 8, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(8, 8, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 8));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 9));
    break;
}

const cell_1 = new nn.GRUCell(5, 4);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 4);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 5), h);
    if (e === 1 && t === 2) h = torch.zeros(2, 5);
  }
}
