// oracle: seed 365, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU({ input_size: 7, hiddenSize: 7, numLayers: 3 });
const shape_0_8069 = [1, 4, 7];
const x_0 = rnnlens.torch.ones(...shape_0_8069);
const shape_0_2363 = [3, 4, 7];
const [out_0, st_0] = m_0.forward(x_0, rnnlens.torch.rand(...shape_0_2363));

const rnn_1 = new rnnlens.nn.GRU(6, 2);
const cell_1 = new rnnlens.nn.GRUCell(6, 2);
const x_1 = rnnlens.torch.randn(4, 3, 6);
function run_1(x: typeof x_1) {
  if (x.dim() !== 3) return cell_1.forward(x);
  const [o] = rnn_1.forward(x);
  return o;
}
const r_1 = run_1(x_1);
