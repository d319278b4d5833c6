// oracle: seed 360, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 2, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const opts_0 = { kind: "gru", layers: 2 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(2, 7, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(2, 7, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(2, 7, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 4));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 3));
    break;
}

const pair_1 = [new nn.GRU(3, 3), new nn.GRU(3, 3)];
pair_1[0].forward(torch.randn(2, 2, 3));
