// oracle: seed 67, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 4, hiddenSize: 8, numLayers: 2 };
const a_0 = new rnnlens.nn.GRU({ ...hp_0a, numLayers: 2 });
const b_0 = new rnnlens.nn.RNN(6, 4, { num_layers: 3, batchFirst: true, bidirectional: true, dropout: 0.5 });
const oa_0 = apply_0(a_0, rnnlens.torch.randn([3, 2, 4]));
const ob_0 = apply_0(b_0, rnnlens.torch.rand(3, 2, 6));

const cell_1 = new rnnlens.nn.RNNCell(4, 8);
const xs_1 = rnnlens.torch.randn(4, 4, 4);
let h_1 = rnnlens.torch.zeros(4, 8);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  if (t_1 === 2) h_1 = rnnlens.torch.zeros(4, 9);
}
