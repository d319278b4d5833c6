// oracle: seed 299, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 6, got 5
import rnnlens = require("rnnlens");

const opts_0 = { kind: "rnn", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rnnlens.nn.LSTM(6, 2, opts_0.layers);
    break;
  case "gru":
    m_0 = new rnnlens.nn.GRU(6, 2, opts_0.layers);
    break;
  default:
    m_0 = new rnnlens.nn.RNN(6, 2, opts_0.layers);
}
const [o_0] = m_0.forward(rnnlens.torch.randn(3, 2, 5));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(rnnlens.torch.randn(3, 2, 7));
    break;
}

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 7));

const m_2 = new rnnlens.nn.GRU(4, 2, { batch_first: true, dropout: 0.5 });
const x_2 = rnnlens.torch.randn(4, 1, 4);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rnnlens.nn.Linear(2, 5);
const y_2 = head_2.forward(out_2);
const n_2 = out_2.size(1) * st_2.size(0);
