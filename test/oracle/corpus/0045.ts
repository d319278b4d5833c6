// oracle: seed 45, closed, runs cleanly
import { torch, nn } from "rnnlens";

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(5, 2, 4);
const logits_0_0 = model_0_0.forward(torch.randn(2, 4, 5));
const model_0_1 = new Model_0(5, 8, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 5));

const m_1 = new nn.GRU(3, 6);
let late_1 = torch.randn(2, 3, 4);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 3);

const m_2 = new nn.GRU(4, 3);
[torch.randn(2, 3, 4), torch.randn(2, 3, 4)].forEach((x) => m_2.forward(x));
