// oracle: seed 384, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 4, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

const opts_0 = { kind: "rnn", layers: 1 };
let m_0;
switch (opts_0.kind) {
  case "lstm":
    m_0 = new nn.LSTM(4, 7, opts_0.layers);
    break;
  case "gru":
    m_0 = new nn.GRU(4, 7, opts_0.layers);
    break;
  default:
    m_0 = new nn.RNN(4, 7, opts_0.layers);
}
const [o_0] = m_0.forward(torch.randn(3, 2, 5));
switch (opts_0.kind) {
  case "lstm":
    m_0.forward(torch.randn(3, 2, 5));
    break;
}

const layers_1 = [new nn.RNN(2, 8)];
let y_1 = torch.randn(5, 1, 2);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}

let feats_2 = 3;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, 12));
