// oracle: seed 145, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(8, 5, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 8), torch.zeros(opts_0.layers, 2, 5));

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
const model_1_0 = new Model_1(2, 8, 4);
const logits_1_0 = model_1_0.forward(torch.randn(3, 1, 2));
const model_1_1 = new Model_1(7, 5, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 3, 7));
