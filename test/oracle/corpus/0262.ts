// oracle: seed 262, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.GRU(4, 2, { num_layers: 2, batch_first: true });
const hp_0b = { inputSize: 6, hiddenSize: 8, numLayers: 3 };
const b_0 = new nn.RNN({ ...hp_0b, numLayers: 3, bidirectional: true });
const oa_0 = apply_0(a_0, torch.zeros([2, 3, 4]));
const ob_0 = apply_0(b_0, torch.randn(2, 3, 6));

const opts_1 = { kind: "gru", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(2, 2, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(2, 2, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(2, 2, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 3));
    break;
}
