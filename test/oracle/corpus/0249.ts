// oracle: seed 249, closed, runs cleanly
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
const model_0_0 = new Model_0(5, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(2, 4, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 2));

const m_1 = new nn.GRU({ inputSize: 4, hidden_size: 7 });
const x_1 = torch.randn(1, 3, 4);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(7, 5);
const y_1 = head_1.forward(out_1);
