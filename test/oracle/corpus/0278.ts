// oracle: seed 278, closed, runs cleanly
import * as rl from "rnnlens";

const opts_0 = { kind: "rnn", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(8, 4, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(8, 4, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(8, 4, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 8));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(rl.torch.randn(3, 2, 9));
    break;
}
