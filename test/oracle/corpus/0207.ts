// oracle: seed 207, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(7, 2);
setTimeout(() => m_0.forward(torch.randn(2, 3, 7)), 2);

const layers_1 = [new nn.RNN(8, 3)];
let y_1 = torch.randn(3, 1, 8);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}

const opts_2 = { kind: "rnn", layers: 1 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new nn.LSTM(2, 5, opts_2.layers);
    break;
  case "gru":
    m_2 = new nn.GRU(2, 5, opts_2.layers);
    break;
  default:
    m_2 = new nn.RNN(2, 5, opts_2.layers);
}
const [o_2] = m_2.forward(torch.randn(3, 2, 2));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(torch.randn(3, 2, 3));
    break;
}
