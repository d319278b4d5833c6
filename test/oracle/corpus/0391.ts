// oracle: seed 391, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(8, 7), new nn.RNN(7, 8)];
let y_0 = torch.randn(2, 2, 8);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(4, 7, { num_layers: 2, bidirectional: true });
const b_1 = new nn.GRU(9, 4, { num_layers: 1, batch_first: true });
const oa_1 = apply_1(a_1, torch.rand(3, 2, 4));
const ob_1 = apply_1(b_1, torch.randn(3, 2, 9));
