// oracle: seed 356, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(3, 5);
const cell_0 = new nn.GRUCell(3, 5);
const x_0 = torch.randn(3, 3);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);
