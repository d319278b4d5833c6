// oracle: seed 169, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(2, 7);
const cell_0 = new rl.nn.GRUCell(2, 7);
const x_0 = rl.torch.randn(3, 2);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);
