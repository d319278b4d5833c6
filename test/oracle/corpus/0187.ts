// oracle: seed 187, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 7, got 6
import rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(6, 4, 2);
const logits_0_0 = model_0_0.forward(rl.torch.randn(3, 1, 6));
const model_0_1 = new Model_0(7, 4, 3);
const logits_0_1 = model_0_1.forward(rl.torch.randn(3, 3, 7));
model_0_0.rnn = new rl.nn.GRU(7, 3, { batchFirst: true });
model_0_0.forward(rl.torch.randn(2, 2, 6));
