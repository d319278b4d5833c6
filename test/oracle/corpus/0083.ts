// oracle: seed 83, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.GRU({ inputSize: 7, hidden_size: 4, bidirectional: true });
const b_0 = new nn.GRU(6, 8, { numLayers: 2, bidirectional: true });
const shape_0_9510 = [3, 2, 7];
const oa_0 = apply_0(a_0, torch.rand(...shape_0_9510));
const ob_0 = apply_0(b_0, torch.rand(2, 3, 6));
