// oracle: seed 183, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 7));

const opts_1 = { kind: "rnn", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(6, 8, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(6, 8, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(6, 8, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 6));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 7));
    break;
}
