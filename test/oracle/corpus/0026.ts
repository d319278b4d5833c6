// oracle: seed 26, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(2, 7), new nn.GRU(7, 5), new nn.GRU(5, 8)];
let y_0 = torch.randn(1, 3, 2);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const opts_1 = { kind: "rnn", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(6, 6, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(6, 6, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(6, 6, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 6));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 7));
    break;
}

const args_2: [number, number, number] = [9, 6, 1];
const m_2 = new nn.GRU(...args_2);
const x_2 = torch.zeros([4, 4, 9]);
const [out_2, st_2] = m_2.forward(x_2, torch.zeros(1, 4, 6));
