// oracle: seed 292, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const args_0a: [number, number, number] = [5, 7, 2];
const a_0 = new nn.LSTM(...args_0a);
const b_0 = new nn.LSTM({ input_size: 9, hidden_size: 2, numLayers: 3, bidirectional: false });
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 5));
const ob_0 = apply_0(b_0, torch.zeros([2, 3, 9]));
