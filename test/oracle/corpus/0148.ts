// oracle: seed 148, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 2, hiddenSize: 5, numLayers: 3 };
const a_0 = new nn.RNN({ ...hp_0a, numLayers: 3, bidirectional: true });
const b_0 = new nn.RNN(4, 8, { numLayers: 1, batchFirst: true });
const oa_0 = apply_0(a_0, torch.ones([3, 2, 2]));
const ob_0 = apply_0(b_0, torch.rand([3, 2, 4]));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_1 = new nn.RNN({ inputSize: 8, hidden_size: 5, numLayers: 1, batch_first: true });
const b_1 = new nn.GRU(3, 2);
const oa_1 = apply_1(a_1, torch.ones([2, 3, 8]));
const ob_1 = apply_1(b_1, torch.zeros([2, 3, 3]));

const layers_2 = [new nn.RNN(5, 3), new nn.RNN(3, 7), new nn.RNN(7, 7)];
let y_2 = torch.randn(3, 1, 5);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
