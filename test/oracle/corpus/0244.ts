// oracle: seed 244, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 6);
let w_0 = 5;
[1, 2].forEach(() => {
  w_0 = 4;
});
m_0.forward(rnnlens.torch.randn(2, 3, w_0));

const rnn_1 = new rnnlens.nn.GRU(8, 7);
const cell_1 = new rnnlens.nn.GRUCell(8, 7);
const x_1 = rnnlens.torch.randn(4, 3, 8);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
