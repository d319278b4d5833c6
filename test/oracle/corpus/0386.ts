// oracle: seed 386, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 3, got 4
import { torch, nn } from "rnnlens";

const opts_0 = { kind: "lstm", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(3, 5, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(3, 5, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(3, 5, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 4));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(torch.randn(3, 2, 4));
    break;
}

const m_1 = new nn.GRU(8, 3);
let w_1 = 9;
[1, 2].forEach(() => {
  w_1 = 9;
});
m_1.forward(torch.randn(2, 3, w_1));
