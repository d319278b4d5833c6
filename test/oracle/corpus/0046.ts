// oracle: seed 46, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 5, got 10
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 10));

const m_1 = new nn.GRU(5, 2);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(torch.randn(2, 3, w_1));

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(3, 3, 2);
const logits_2_0 = model_2_0.forward(torch.randn(3, 3, 3));
const model_2_1 = new Model_2(2, 4, 3);
const logits_2_1 = model_2_1.forward(torch.randn(2, 1, 2));
