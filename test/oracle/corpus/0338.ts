// oracle: seed 338, closed, runs cleanly
import { torch, nn } from "rnnlens";

const opts_0 = { kind: "rnn", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(5, 2, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(5, 2, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(5, 2, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 5));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 6));
    break;
}

const opts_1 = { kind: "gru", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(2, 7, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(2, 7, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(2, 7, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 3));
    break;
}

const rnn_2 = new nn.GRU(7, 8);
const cell_2 = new nn.GRUCell(7, 8);
const x_2 = torch.randn(4, 3, 7);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
