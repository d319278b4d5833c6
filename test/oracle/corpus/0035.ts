// oracle: seed 35, closed, runs cleanly
import { torch, nn } from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new nn.LSTM(5, 4, 1);
const { LSTM: LSTM_0b } = nn;
const b_0 = new LSTM_0b(6, 8, { num_layers: 2, batchFirst: true });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 5));
const ob_0 = apply_0(b_0, torch.randn(3, 2, 6));

const opts_1 = { kind: "gru", layers: 2 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(2, 5, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(2, 5, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(2, 5, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 3));
    break;
}
