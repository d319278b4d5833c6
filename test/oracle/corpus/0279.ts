// oracle: seed 279, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 2, 3));
const v_0 = o_0.transpose(1, 2).view(3, 3, -1);

const opts_1 = { kind: "rnn", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(4, 5, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(4, 5, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(4, 5, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 4));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 5));
    break;
}
