// oracle: seed 368, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 3, got 5
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(5, 2);
setTimeout(() => m_0.forward(rnnlens.torch.randn(2, 3, 5)), 9);

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
const model_1_0 = new Model_1(5, 7, 2);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(2, 2, 5));
const model_1_1 = new Model_1(5, 5, 4);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(1, 4, 5));
model_1_0.rnn = new rnnlens.nn.LSTM(3, 2, { batchFirst: true });
model_1_0.forward(rnnlens.torch.randn(2, 2, 5));
