// oracle: seed 284, closed, raises at 7: shape '[1, 6]' is invalid for input of size 12
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 2);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const dims_0 = [1, 6];
const v_0 = o_0.view(...dims_0);

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
const model_1_0 = new Model_1(3, 2, 2);
const logits_1_0 = model_1_0.forward(torch.randn(3, 2, 3));
const model_1_1 = new Model_1(7, 2, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 1, 8));
