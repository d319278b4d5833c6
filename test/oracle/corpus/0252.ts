// oracle: seed 252, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 4);
Promise.resolve(torch.randn(2, 3, 8)).then((x) => m_0.forward(x));

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
const model_1_0 = new Model_1(8, 8, 2);
const logits_1_0 = model_1_0.forward(torch.randn(3, 2, 8));
const model_1_1 = new Model_1(3, 5, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 3));
