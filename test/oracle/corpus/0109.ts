// oracle: seed 109, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 9, got 10
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rnnlens.nn.RNN(4, 6, { numLayers: 2, batchFirst: true });
const b_0 = new rnnlens.nn.GRU(5, 2);
const shape_0_7914 = [2, 3, 4];
const oa_0 = apply_0(a_0, rnnlens.torch.rand(...shape_0_7914));
const shape_0_3880 = [2, 3, 5];
const ob_0 = apply_0(b_0, rnnlens.torch.randn(...shape_0_3880));

const cfg_1 = { inputSize: 3, hiddenSize: 4, numLayers: 1 };
const alias_1 = cfg_1;
alias_1.numLayers = 1;
const m_1 = new rnnlens.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(4, 2, 3), rnnlens.torch.zeros(cfg_1.numLayers, 2, 4));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const hp_2a = { inputSize: 9, hiddenSize: 6, numLayers: 1 };
const a_2 = new rnnlens.nn.RNN({ ...hp_2a, numLayers: 1, batch_first: false });
const { RNN: RNN_2b } = rnnlens.nn;
const b_2 = new RNN_2b(3, 4, { numLayers: 3 });
const oa_2 = apply_2(a_2, rnnlens.torch.ones(3, 2, 10));
const ob_2 = apply_2(b_2, rnnlens.torch.randn([2, 3, 4]));
