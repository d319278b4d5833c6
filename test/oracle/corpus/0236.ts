// oracle: seed 236, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 6
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(6, 7, 4);
const logits_0_0 = model_0_0.forward(torch.randn(1, 1, 6));
const model_0_1 = new Model_0(6, 5, 2);
const logits_0_1 = model_0_1.forward(torch.randn(3, 3, 6));
model_0_0.rnn = new nn.GRU(5, 8, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 6));

const pair_1 = [new nn.GRU(6, 4), new nn.GRU(4, 4)];
pair_1[0].forward(torch.randn(2, 2, 4));
