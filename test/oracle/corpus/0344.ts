// oracle: seed 344, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 8, got 10
import rnnlens = require("rnnlens");

const opts_0 = { layers: 1 };
const m_0 = new rnnlens.nn.GRU(4, 8, opts_0?.layers ?? 1);
m_0.forward(rnnlens.torch.randn(2, 2, 4), rnnlens.torch.zeros(opts_0.layers, 2, 8));

class Model_1 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(5, 6, 3);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(3, 2, 5));
const model_1_1 = new Model_1(8, 5, 3);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(2, 1, 10));
model_1_0.rnn = new rnnlens.nn.LSTM(7, 7, { batchFirst: true });
model_1_0.forward(rnnlens.torch.randn(2, 2, 5));

class Model_2 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(3, 5, 2);
const logits_2_0 = model_2_0.forward(rnnlens.torch.randn(2, 1, 3));
const model_2_1 = new Model_2(7, 8, 2);
const logits_2_1 = model_2_1.forward(rnnlens.torch.randn(1, 1, 7));
