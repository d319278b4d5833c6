// oracle: seed 28, closed, raises at 48: hidden0 has inconsistent hidden_size: got 9, expected 8
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(3, 5, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 3));
const model_0_1 = new Model_0(3, 7, 4);
const logits_0_1 = model_0_1.forward(torch.randn(1, 2, 3));

const opts_1 = { kind: "lstm", layers: 1 };
let m_1;
switch (opts_1.kind) {
  case "lstm":
    m_1 = new nn.LSTM(3, 8, opts_1.layers);
    break;
  case "gru":
    m_1 = new nn.GRU(3, 8, opts_1.layers);
    break;
  default:
    m_1 = new nn.RNN(3, 8, opts_1.layers);
}
const [o_1] = m_1.forward(torch.randn(3, 2, 3));
switch (opts_1.kind) {
  case "gru":
    m_1.forward(torch.randn(3, 2, 4));
    break;
}

const cell_2 = new nn.LSTMCell(3, 8);
const xs_2 = torch.randn(4, 2, 3);
let h_2 = torch.zeros(2, 8);
let c_2 = torch.zeros(2, 8);
for (let t_2 = 0; t_2 < 6; t_2++) {
  if (t_2 >= 4) break;
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
  if (t_2 === 1) h_2 = torch.zeros(2, 9);
}
