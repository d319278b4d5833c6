// oracle: seed 188, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 2, got 4
const { torch, nn } = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { GRU: GRU_0a } = nn;
const a_0 = new GRU_0a(7, 9);
const hp_0b = { inputSize: 4, hiddenSize: 5, numLayers: 1 };
const b_0 = new nn.RNN({ ...hp_0b, numLayers: 3, bidirectional: true });
const shape_0_2526 = [3, 2, 7];
const oa_0 = apply_0(a_0, torch.ones(...shape_0_2526));
const ob_0 = apply_0(b_0, torch.rand([2, 3, 4]));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(2, 8, { numLayers: 3, bidirectional: false });
const hp_1b = { inputSize: 7, hiddenSize: 4, numLayers: 1 };
const b_1 = new nn.RNN({ ...hp_1b, numLayers: 1, batch_first: false });
const oa_1 = apply_1(a_1, torch.rand(3, 2, 4));
const ob_1 = apply_1(b_1, torch.ones([2, 3, 7]));
