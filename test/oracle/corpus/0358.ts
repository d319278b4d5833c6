// oracle: seed 358, closed, raises at 17: input.size(-1) must be equal to input_size. Expected 6, got 7
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 2 };
const m_0 = new nn.GRU(8, 7, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 8), torch.zeros(opts_0.layers, 2, 7));

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
const model_1_0 = new Model_1(6, 3, 4);
const logits_1_0 = model_1_0.forward(torch.randn(2, 1, 7));
const model_1_1 = new Model_1(7, 5, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 2, 7));
