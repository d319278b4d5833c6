// oracle: seed 48, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(5, 7);
const xs_0 = rl.torch.randn(1, 1, 5);
let h_0 = rl.torch.zeros(1, 7);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(7, 2).forward(h_0);

const rnn_1 = new rl.nn.GRU(4, 2);
const cell_1 = new rl.nn.GRUCell(4, 2);
const x_1 = rl.torch.randn(4, 3, 4);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
