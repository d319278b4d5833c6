// oracle: seed 6, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.RNN(6, 2, { bidirectional: false });
const b_0 = new nn.GRU(9, 5, { num_layers: 1, batch_first: true });
const oa_0 = apply_0(a_0, torch.rand(3, 2, 6));
const ob_0 = apply_0(b_0, torch.randn([3, 2, 9]));
