// oracle: seed 242, closed, runs cleanly
import rnnlens = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_0 = new rnnlens.nn.RNN(2, 3, { num_layers: 3, batch_first: true });
const b_0 = new rnnlens.nn.RNN({ input_size: 2, hiddenSize: 4, num_layers: 2 });
const oa_0 = apply_0(a_0, rnnlens.torch.rand(2, 3, 2));
const ob_0 = apply_0(b_0, rnnlens.torch.rand(2, 3, 2));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_1a } = rnnlens.nn;
const a_1 = new LSTM_1a(3, 6);
const b_1 = new rnnlens.nn.LSTM(7, 2, { num_layers: 3, batchFirst: false, bidirectional: true });
const oa_1 = apply_1(a_1, rnnlens.torch.ones(3, 2, 3));
const ob_1 = apply_1(b_1, rnnlens.torch.rand([2, 3, 7]));
