// oracle: seed 108, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 4, got 5
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
const model_0_0 = new Model_0(5, 4, 3);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(3, 8, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 1, 3));
model_0_0.rnn = new nn.LSTM(4, 4, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 5));

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(8, 2, 2);
const logits_1_0 = model_1_0.forward(torch.randn(2, 3, 8));
const model_1_1 = new Model_1(4, 7, 3);
const logits_1_1 = model_1_1.forward(torch.randn(1, 3, 4));
