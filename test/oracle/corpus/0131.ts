// oracle: seed 131, closed, raises at 22: input.size(-1) must be equal to input_size. Expected 3, got 6
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(2, 3);
for (let e = 0; e < 2; e++) {
  let h = rl.torch.zeros(2, 3);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(rl.torch.randn(2, 2), h);
    if (e === 1 && t === 0) h = rl.torch.zeros(2, 4);
  }
}

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(6, 4, 3);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 1, 6));
const model_1_1 = new Model_1(7, 3, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 2, 7));
model_1_0.rnn = new rl.nn.GRU(3, 7, { batchFirst: true });
model_1_0.forward(rl.torch.randn(2, 2, 6));

const opts_2 = { kind: "rnn", layers: 2 };
let m_2;
switch (opts_2.kind) {
  case "lstm":
    m_2 = new rl.nn.LSTM(2, 4, opts_2.layers);
    break;
  case "gru":
    m_2 = new rl.nn.GRU(2, 4, opts_2.layers);
    break;
  default:
    m_2 = new rl.nn.RNN(2, 4, opts_2.layers);
}
const [o_2] = m_2.forward(rl.torch.randn(3, 2, 2));
switch (opts_2.kind) {
  case "lstm":
    m_2.forward(rl.torch.randn(3, 2, 3));
    break;
}
