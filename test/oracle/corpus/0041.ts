// oracle: seed 41, closed, runs cleanly
import rnnlens = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rnnlens.nn.GRU({ input_size: 8, hiddenSize: 5, num_layers: 3, bidirectional: true });
const b_0 = new rnnlens.nn.RNN({ inputSize: 8, hidden_size: 4, batchFirst: false, dropout: 0.5 });
const oa_0 = apply_0(a_0, rnnlens.torch.zeros(3, 2, 8));
const ob_0 = apply_0(b_0, rnnlens.torch.ones([2, 3, 8]));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_1a = { inputSize: 3, hiddenSize: 7, numLayers: 1 };
const a_1 = new rnnlens.nn.RNN({ ...hp_1a, numLayers: 2, batchFirst: true });
const b_1 = new rnnlens.nn.RNN(3, 2, { numLayers: 1, batch_first: true });
const shape_1_2923 = [2, 3, 3];
const oa_1 = apply_1(a_1, rnnlens.torch.zeros(...shape_1_2923));
const ob_1 = apply_1(b_1, rnnlens.torch.zeros([3, 2, 3]));
