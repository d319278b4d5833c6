// oracle: seed 14, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 3, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(4, 3)];
let y_0 = torch.randn(5, 2, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const opts_1 = { kind: "gru", layers: 2 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(3, 4, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(3, 4, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(3, 4, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 5));
switch (opts_1.kind) {
  case "lstm":
    m_1.forward(torch.randn(3, 2, 4));
    break;
}
