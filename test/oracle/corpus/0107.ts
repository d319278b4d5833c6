// oracle: seed 107, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 8, got 10
import rl from "rnnlens";

class Model_0 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(8, 3, 4);
const logits_0_0 = model_0_0.forward(rl.torch.randn(1, 2, 10));
const model_0_1 = new Model_0(4, 8, 3);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 2, 6));
model_0_0.rnn = new rl.nn.LSTM(4, 4, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 8));

const m_1 = new rl.nn.GRU(3, 4);
[rl.torch.randn(2, 3, 3), rl.torch.randn(2, 3, 3)].forEach((x) => m_1.forward(x));
