// oracle: seed 354, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_0a } = rnnlens.nn;
const a_0 = new LSTM_0a(2, 4, { numLayers: 2, batch_first: true });
const b_0 = new rnnlens.nn.LSTM(9, 9, { numLayers: 2, batchFirst: true, bidirectional: true });
const shape_0_5029 = [2, 3, 2];
const oa_0 = apply_0(a_0, rnnlens.torch.ones(...shape_0_5029));
const ob_0 = apply_0(b_0, rnnlens.torch.rand([3, 2, 9]));
