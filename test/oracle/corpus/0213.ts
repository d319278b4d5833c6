// oracle: seed 213, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 3, got 8
import * as rl from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const m_1 = new rl.nn.GRU(5, 2);
let late_1 = rl.torch.randn(2, 3, 5);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = rl.torch.randn(2, 3, 5);

class Model_2 extends rl.nn.Module {
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
const model_2_0 = new Model_2(8, 3, 3);
const logits_2_0 = model_2_0.forward(rl.torch.randn(1, 1, 8));
const model_2_1 = new Model_2(5, 8, 3);
const logits_2_1 = model_2_1.forward(rl.torch.randn(2, 2, 5));
model_2_0.rnn = new rl.nn.GRU(3, 5, { batchFirst: true });
model_2_0.forward(rl.torch.randn(2, 2, 8));
