// oracle: seed 53, closed, raises at 30: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const opts_0 = { kind: "gru", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(8, 2, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(8, 2, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(8, 2, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 8));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 9));
    break;
}

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 11));

const m_2 = new nn.GRU(3, 6);
const [o_2] = m_2.forward(torch.randn(3, 2, 3));
const v_2 = o_2.transpose(0, 1).view(2, -1);
