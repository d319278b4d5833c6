// oracle: seed 40, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { kind: "rnn", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(6, 4, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(6, 4, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(6, 4, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 6));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 7));
    break;
}

const cell_1 = new nn.GRUCell(6, 2);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(torch.randn(2, 6), h);
    if (e === 1 && t === 0) h = torch.zeros(2, 3);
  }
}

const m_2 = new nn.GRU(4, 3);
it("runs the layer", () => {
  m_2.forward(torch.randn(2, 3, 4));
});
