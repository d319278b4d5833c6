// oracle: seed 38, closed, runs cleanly
import rnnlens = require("rnnlens");

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new rnnlens.nn.LSTM(7, 7, opts_0.layers);
    break;
  case "gru":
    m_0 = new rnnlens.nn.GRU(7, 7, opts_0.layers);
    break;
  default:
    m_0 = new rnnlens.nn.RNN(7, 7, opts_0.layers);
}
const [o_0] = m_0.forward(rnnlens.torch.randn(3, 2, 7));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(rnnlens.torch.randn(3, 2, 8));
    break;
}

const m_1 = new rnnlens.nn.GRU(3, 2);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 3, 3));
const v_1 = o_1.view(6, 2);

const opts_2 = { layers: 2 };
const m_2 = new rnnlens.nn.GRU(2, 6, opts_2?.layers ?? 1);
m_2.forward(rnnlens.torch.randn(2, 2, 2), rnnlens.torch.zeros(opts_2.layers, 2, 6));
