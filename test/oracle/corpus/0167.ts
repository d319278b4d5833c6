// oracle: seed 167, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(6, 2), new rnnlens.nn.RNN(2, 3)];
let y_0 = rnnlens.torch.randn(3, 3, 6);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rnnlens.nn.Linear(3, 3).forward(y_0);

const cfg_1 = { inputSize: 8, hiddenSize: 9, numLayers: 1 };
const alias_1 = cfg_1;
alias_1.numLayers = 2;
const m_1 = new rnnlens.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(2, 4, 8), rnnlens.torch.zeros(cfg_1.numLayers, 4, 9));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new rnnlens.nn.RNN(9, 7, { numLayers: 1, batchFirst: true, dropout: 0.1 });
const b_2 = new rnnlens.nn.RNN(3, 3, { numLayers: 2, batch_first: false, bidirectional: true });
const shape_2_404 = [2, 3, 9];
const oa_2 = apply_2(a_2, rnnlens.torch.ones(...shape_2_404));
const ob_2 = apply_2(b_2, rnnlens.torch.zeros(2, 3, 3));
