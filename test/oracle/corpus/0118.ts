// oracle: seed 118, closed, runs cleanly
import { torch, nn } from "rnnlens";

const opts_0 = { kind: "lstm", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(8, 3, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(8, 3, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(8, 3, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 8));
switch (opts_0.kind) {
  case "gru":
    m_0.forward(torch.randn(3, 2, 9));
    break;
}

const m_1 = new nn.RNN(4, 2, { num_layers: 2, batchFirst: true, bidirectional: true });
const x_1 = torch.randn([3, 6, 4]);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(4, 4);
const y_1 = head_1.forward(out_1);
