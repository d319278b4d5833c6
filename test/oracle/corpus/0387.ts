// oracle: seed 387, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(7, 4, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(7, 4, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(7, 4, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 7));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 8));
    break;
}
