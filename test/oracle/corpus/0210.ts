// oracle: seed 210, closed, runs cleanly
import rl from "rnnlens";

const opts_0 = { kind: "lstm", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(5, 7, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(5, 7, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(5, 7, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 5));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(rl.torch.randn(3, 2, 6));
    break;
}
