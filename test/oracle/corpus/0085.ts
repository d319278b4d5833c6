// oracle: seed 85, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 8, got 6
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(6, 4, 2);
const logits_0_0 = model_0_0.forward(torch.randn(2, 4, 6));
const model_0_1 = new Model_0(4, 7, 4);
const logits_0_1 = model_0_1.forward(torch.randn(2, 2, 4));
model_0_0.rnn = new nn.GRU(8, 7, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 6));

const m_1 = new nn.GRU(6, 5);
setTimeout(() => m_1.forward(torch.randn(2, 3, 6)), 1);
