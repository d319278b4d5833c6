// oracle: seed 191, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(6, 5);
const cell_0 = new nn.GRUCell(6, 5);
const x_0 = torch.randn(3, 6);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const cell_1 = new nn.RNNCell(5, 2);
const xs_1 = torch.randn(1, 1, 5);
let h_1 = torch.zeros(1, 2);
let t_1 = 0;
while (t_1 < 0) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(2, 2).forward(h_1);

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(3, 4, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 3), torch.zeros(opts_2.layers, 2, 4));
