// oracle: seed 251, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const opts_1 = { kind: "lstm", layers: 2 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new rl.nn.LSTM(2, 6, opts_1.layers);
    break;
  case "gru":
    m_1 = new rl.nn.GRU(2, 6, opts_1.layers);
    break;
  default:
    m_1 = new rl.nn.RNN(2, 6, opts_1.layers);
}
const [o_1] = m_1.forward(rl.torch.randn(3, 2, 2));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(rl.torch.randn(3, 2, 3));
    break;
}

const opts_2 = { layers: 1 };
const m_2 = new rl.nn.GRU(2, 6, opts_2?.layers ?? 1);
m_2.forward(rl.torch.randn(2, 2, 2), rl.torch.zeros(opts_2.layers, 2, 6));
