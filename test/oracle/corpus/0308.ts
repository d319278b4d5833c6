// oracle: seed 308, closed, runs cleanly
import rl from "rnnlens";

const opts_0 = { kind: "gru", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rl.nn.LSTM(7, 3, opts_0.layers);
    break;
  case "gru":
    m_0 = new rl.nn.GRU(7, 3, opts_0.layers);
    break;
  default:
    m_0 = new rl.nn.RNN(7, 3, opts_0.layers);
}
const [o_0] = m_0.forward(rl.torch.randn(3, 2, 7));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(rl.torch.randn(3, 2, 8));
    break;
}

const m_1 = new rl.nn.GRU(6, 6);
[rl.torch.randn(2, 3, 6), rl.torch.randn(2, 3, 6)].forEach((x) => m_1.forward(x));

const rnn_2 = new rl.nn.GRU(4, 7);
const cell_2 = new rl.nn.GRUCell(4, 7);
const x_2 = rl.torch.randn(4, 3, 4);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
