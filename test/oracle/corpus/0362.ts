// oracle: seed 362, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 6, got 5
import rl from "rnnlens";

let feats_0 = 3;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 5));

class Model_1 extends rl.nn.Module {
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
const model_1_0 = new Model_1(6, 4, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 1, 6));
const model_1_1 = new Model_1(3, 7, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 4, 3));
