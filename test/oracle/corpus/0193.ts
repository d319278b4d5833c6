// oracle: seed 193, closed, runs cleanly
import rnnlens = require("rnnlens");

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const args_0a: [number, number, number] = [5, 8, 1];
const a_0 = new rnnlens.nn.LSTM(...args_0a);
const { LSTM: LSTM_0b } = rnnlens.nn;
const b_0 = new LSTM_0b(2, 3, { num_layers: 3, bidirectional: true });
const oa_0 = apply_0(a_0, rnnlens.torch.ones([3, 2, 5]));
const ob_0 = apply_0(b_0, rnnlens.torch.rand(2, 3, 2));
