// oracle: seed 389, closed, raises at 19: input.size(-1) must be equal to input_size. Expected 2, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 7));

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
const model_1_0 = new Model_1(2, 5, 2);
const logits_1_0 = model_1_0.forward(torch.randn(3, 2, 2));
const model_1_1 = new Model_1(2, 4, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 3, 4));

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(5, 5, 3);
const logits_2_0 = model_2_0.forward(torch.randn(3, 3, 5));
const model_2_1 = new Model_2(7, 3, 2);
const logits_2_1 = model_2_1.forward(torch.randn(3, 3, 7));
