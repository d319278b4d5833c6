// oracle: seed 198, closed, raises at 35: input.size(-1) must be equal to input_size. Expected 7, got 6
import rl from "rnnlens";

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(4, 6, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(4, 6, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(4, 6, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 4));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(rl.torch.randn(3, 2, 5));
    break;
}

const opts_1 = { kind: "lstm", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rl.nn.LSTM(7, 7, opts_1.layers);
    break;
  case "gru":
    m_1 = new rl.nn.GRU(7, 7, opts_1.layers);
    break;
  default:
    m_1 = new rl.nn.RNN(7, 7, opts_1.layers);
}
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 6));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(rl.torch.randn(3, 2, 8));
    break;
}
