// oracle: seed 157, closed, raises at 36: input.size(-1) must be equal to input_size. Expected 8, got 7
import * as rl from "rnnlens";

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
const model_0_0 = new Model_0(4, 6, 2);
const logits_0_0 = model_0_0.forward(rl.torch.randn(2, 1, 4));
const model_0_1 = new Model_0(4, 3, 2);
const logits_0_1 = model_0_1.forward(rl.torch.randn(3, 2, 4));

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));

class Model_2 extends rl.nn.Module {
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
const model_2_0 = new Model_2(8, 7, 3);
const logits_2_0 = model_2_0.forward(rl.torch.randn(3, 1, 7));
const model_2_1 = new Model_2(3, 7, 4);
const logits_2_1 = model_2_1.forward(rl.torch.randn(2, 1, 3));
