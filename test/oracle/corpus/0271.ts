// oracle: seed 271, closed, raises at 30: input.size(-1) must be equal to input_size. Expected 3, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(4, 2), new nn.GRU(2, 5)];
let y_0 = torch.randn(4, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(5, 3).forward(y_0);

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(3, 4, 3));
const dims_1 = [3, 24];
const v_1 = o_1.view(...dims_1);
const s_1 = torch.zeros(...v_1.shape);

const opts_2 = { kind: "rnn", layers: 1 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new nn.LSTM(3, 4, opts_2.layers);
    break;
  case "gru":
    m_2 = new nn.GRU(3, 4, opts_2.layers);
    break;
  default:
    m_2 = new nn.RNN(3, 4, opts_2.layers);
}
const [o_2] = m_2.forward(torch.randn(3, 2, 4));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(torch.randn(3, 2, 4));
    break;
}
