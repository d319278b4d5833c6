// oracle: seed 242, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 2, got 4
import rnnlens = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, 4));

const opts_1 = { kind: "gru", layers: 2 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rnnlens.nn.LSTM(2, 3, opts_1.layers);
    break;
  case "gru":
    m_1 = new rnnlens.nn.GRU(2, 3, opts_1.layers);
    break;
  default:
    m_1 = new rnnlens.nn.RNN(2, 3, opts_1.layers);
}
const [o_1] = m_1.forward(rnnlens.torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(rnnlens.torch.randn(3, 2, 3));
    break;
}
