// oracle: seed 31, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 4, got 6
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
const model_0_0 = new Model_0(4, 2, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 3, 4));
const model_0_1 = new Model_0(4, 7, 3);
const logits_0_1 = model_0_1.forward(torch.randn(2, 3, 6));

const opts_1 = { layers: 2 };
const m_1 = new nn.GRU(3, 8, opts_1?.layers ?? 1);
m_1.forward(torch.randn(2, 2, 3), torch.zeros(opts_1.layers, 2, 8));

const m_2 = new nn.GRU(8, 5);
[torch.randn(2, 3, 8), torch.randn(2, 3, 8)].forEach((x) => m_2.forward(x));
