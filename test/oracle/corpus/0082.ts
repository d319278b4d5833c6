// oracle: seed 82, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(6, 5);
const cell_0 = new rnnlens.nn.GRUCell(6, 5);
const x_0 = rnnlens.torch.randn(3, 6);
function run_0(x: typeof x_0) {
  if (x.dim() !== 3) return cell_0.forward(x);
  const [o] = rnn_0.forward(x);
  return o;
}
const r_0 = run_0(x_0);

const layers_1 = [new rnnlens.nn.RNN(6, 5), new rnnlens.nn.RNN(5, 8), new rnnlens.nn.RNN(8, 5)];
let y_1 = rnnlens.torch.randn(5, 1, 6);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const rnn_2 = new rnnlens.nn.GRU(8, 4);
const cell_2 = new rnnlens.nn.GRUCell(8, 4);
const x_2 = rnnlens.torch.randn(3, 8);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
