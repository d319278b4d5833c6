// oracle: seed 71, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_0a } = rnnlens.nn;
const a_0 = new LSTM_0a(5, 3);
const b_0 = new rnnlens.nn.LSTM({ input_size: 9, hiddenSize: 7, numLayers: 2, dropout: 0 });
const oa_0 = apply_0(a_0, rnnlens.torch.randn([3, 2, 5]));
const ob_0 = apply_0(b_0, rnnlens.torch.zeros([2, 3, 9]));
