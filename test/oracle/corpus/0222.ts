// oracle: seed 222, closed, runs cleanly
import * as rl from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new rl.nn.GRU(3, 5, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 5));

const opts_1 = { kind: "gru", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rl.nn.LSTM(2, 2, opts_1.layers);
    break;
  case "gru":
    m_1 = new rl.nn.GRU(2, 2, opts_1.layers);
    break;
  default:
    m_1 = new rl.nn.RNN(2, 2, opts_1.layers);
}
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(rl.torch.randn(3, 2, 3));
    break;
}
