// oracle: seed 292, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 6, got 4
const { torch, nn } = require("rnnlens");

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
const model_0_0 = new Model_0(4, 5, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 3, 4));
const model_0_1 = new Model_0(6, 2, 4);
const logits_0_1 = model_0_1.forward(torch.randn(3, 4, 6));
model_0_0.rnn = new nn.LSTM(6, 3, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 4));
