// oracle: seed 171, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(5, 8, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(5, 8, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(5, 8, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 5));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 6));
    break;
}

const opts_1 = { layers: 2 };
const m_1 = new nn.GRU(8, 2, opts_1?.layers ?? 1);
m_1.forward(torch.randn(2, 2, 8), torch.zeros(opts_1.layers, 2, 2));
