// oracle: seed 16, closed, runs cleanly
const { torch, nn } = require("rnnlens");

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
const model_0_0 = new Model_0(4, 8, 3);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 4));
const model_0_1 = new Model_0(2, 2, 2);
const logits_0_1 = model_0_1.forward(torch.randn(2, 3, 2));
