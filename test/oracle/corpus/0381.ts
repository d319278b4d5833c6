// oracle: seed 381, closed, raises at 26: Expected hidden size (1, 1, 5), got [1, 1, 7]
import * as rl from "rnnlens";
const { torch, nn } = rl;

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
const model_0_0 = new Model_0(8, 2, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 1, 8));
const model_0_1 = new Model_0(4, 7, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 4, 4));

const m_1 = new nn.RNN(2, 5);
const shape_1_443 = [1, 1, 2];
const x_1 = torch.randn(...shape_1_443);
const [out_1, st_1] = m_1.forward(x_1, torch.rand(1, 1, 7));
