// oracle: seed 83, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(6, 6);
const cell_0 = new rnnlens.nn.GRUCell(6, 6);
const x_0 = rnnlens.torch.randn(3, 6);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);
