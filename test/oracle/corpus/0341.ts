// oracle: seed 341, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 8, got 10
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(8, 5);
setTimeout(() => m_0.forward(torch.randn(2, 3, 10)), 2);

const layers_1 = [new nn.RNN(4, 3)];
let y_1 = torch.randn(2, 2, 4);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}

const opts_2 = { kind: "gru", layers: 2 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new nn.LSTM(5, 4, opts_2.layers);
    break;
  case "gru":
    m_2 = new nn.GRU(5, 4, opts_2.layers);
    break;
  default:
    m_2 = new nn.RNN(5, 4, opts_2.layers);
}
const [o_2] = m_2.forward(torch.randn(3, 2, 5));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(torch.randn(3, 2, 6));
    break;
}
