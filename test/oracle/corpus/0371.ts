// oracle: seed 371, closed, runs cleanly
import rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

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
const model_1_0 = new Model_1(4, 4, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 2, 4));
const model_1_1 = new Model_1(8, 2, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 1, 8));
