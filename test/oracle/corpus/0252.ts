// oracle: seed 252, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(8, 4);
Promise.resolve(rnnlens.torch.randn(2, 3, 8)).then((x) => m_0.forward(x));

class Model_1 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(8, 8, 2);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(3, 2, 8));
const model_1_1 = new Model_1(3, 5, 4);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(3, 1, 3));
