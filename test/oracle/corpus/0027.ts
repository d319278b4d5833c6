// oracle: seed 27, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 3, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const opts_0 = { kind: "lstm", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(3, 7, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(3, 7, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(3, 7, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 4));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(torch.randn(3, 2, 4));
    break;
}
