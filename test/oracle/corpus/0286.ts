// oracle: seed 286, closed, runs cleanly
import rl from "rnnlens";

const opts_0 = { kind: "lstm", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(4, 8, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(4, 8, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(4, 8, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 4));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(rl.torch.randn(3, 2, 5));
    break;
}

const m_1 = new rl.nn.GRU(7, 6);
Promise.resolve(rl.torch.randn(2, 3, 7)).then((x) => m_1.forward(x));
