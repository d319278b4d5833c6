// oracle: seed 37, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(7, 3, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(7, 3, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(7, 3, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 7));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 8));
    break;
}

const rnn_1 = new nn.GRU(5, 6);
const cell_1 = new nn.GRUCell(5, 6);
const x_1 = torch.randn(4, 3, 5);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const byName_2 = new Map();
byName_2.set("enc", new nn.LSTM(8, 8));
byName_2.get("enc").forward(torch.randn(2, 2, 8));
