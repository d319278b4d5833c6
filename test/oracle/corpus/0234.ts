// oracle: seed 234, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 8, got 9
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 4, { batchFirst: true });
const x_0 = torch.zeros([1, 4, 4]);
const [out_0, st_0] = m_0.forward(x_0);

const opts_1 = { kind: "lstm", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(8, 2, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(8, 2, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(8, 2, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 9));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(torch.randn(3, 2, 9));
    break;
}
