// oracle: seed 361, closed, raises at 15: mat1 and mat2 shapes cannot be multiplied (2x3 and 7x3)
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
const model_0_0 = new Model_0(4, 7, 3);
const logits_0_0 = model_0_0.forward(torch.randn(1, 1, 4));
const model_0_1 = new Model_0(2, 4, 2);
const logits_0_1 = model_0_1.forward(torch.randn(3, 4, 2));
model_0_0.rnn = new nn.LSTM(4, 3, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 4));

const maybe_1 = new nn.RNN(3, 3);
maybe_1?.forward(torch.randn(3, 1, 3));
