// oracle: seed 69, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 3, got 8
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
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
const model_0_0 = new Model_0(8, 6, 2);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 4, 8));
const model_0_1 = new Model_0(5, 5, 4);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(2, 3, 5));
model_0_0.rnn = new rnnlens.nn.LSTM(3, 6, { batchFirst: true });
model_0_0.forward(rnnlens.torch.randn(2, 2, 8));
