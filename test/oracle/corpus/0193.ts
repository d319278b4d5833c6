// oracle: seed 193, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 8, got 16
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(8, 5);
const cell_0 = new rnnlens.nn.GRUCell(8, 5);
const x_0 = rnnlens.torch.randn(4, 3, 16);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);
