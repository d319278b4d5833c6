// oracle: seed 336, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(7, 6);
const cell_0 = new nn.GRUCell(7, 6);
const x_0 = torch.randn(4, 3, 7);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const cell_1 = new nn.GRUCell(6, 6);
const xs_1 = torch.randn(1, 2, 6);
let h_1 = torch.zeros(2, 6);
let t_1 = 0;
while (t_1 < 1) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(6, 2).forward(h_1);
