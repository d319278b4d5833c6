// oracle: seed 314, closed, raises at 19: input.size(-1) must be equal to input_size. Expected 6, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

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
const model_1_0 = new Model_1(5, 7, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 5));
const model_1_1 = new Model_1(8, 2, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 8));
model_1_0.rnn = new nn.LSTM(6, 3, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 5));
