// oracle: seed 258, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rnnlens.nn.LSTM(7, 5, { numLayers: 2, batch_first: false, dropout: 0.5 });
const b_0 = new rnnlens.nn.LSTM(5, 3, { num_layers: 1, batchFirst: true, bidirectional: false });
const oa_0 = apply_0(a_0, rnnlens.torch.randn(3, 2, 7));
const ob_0 = apply_0(b_0, rnnlens.torch.zeros(3, 2, 5));

const opts_1 = { kind: "lstm", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rnnlens.nn.LSTM(4, 4, opts_1.layers);
    break;
  case "gru":
    m_1 = new rnnlens.nn.GRU(4, 4, opts_1.layers);
    break;
  default:
    m_1 = new rnnlens.nn.RNN(4, 4, opts_1.layers);
}
const [o_1] = m_1.forward(rnnlens.torch.randn(3, 2, 4));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(rnnlens.torch.randn(3, 2, 5));
    break;
}
