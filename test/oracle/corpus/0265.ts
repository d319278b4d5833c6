// oracle: seed 265, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 6);
let w_0 = 6;
[1, 2].forEach(() => {
  w_0 = 5;
});
m_0.forward(torch.randn(2, 3, w_0));

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(7, 3, 3);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 7));
const model_1_1 = new Model_1(8, 8, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 4, 8));
