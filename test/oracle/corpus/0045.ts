// oracle: seed 45, closed, raises at 30: input.size(-1) must be equal to input_size. Expected 7, got 8
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(4, 4);
[torch.randn(2, 3, 4), torch.randn(2, 3, 4)].forEach((x) => m_0.forward(x));

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
const model_1_0 = new Model_1(7, 8, 3);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 7));
const model_1_1 = new Model_1(6, 6, 4);
const logits_1_1 = model_1_1.forward(torch.randn(1, 4, 6));

const m_2 = new nn.GRU(7, 3);
let w_2 = 8;
[1, 2].forEach(() => {
  w_2 = 8;
});
m_2.forward(torch.randn(2, 3, w_2));
