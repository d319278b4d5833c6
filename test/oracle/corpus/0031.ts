// oracle: seed 31, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 4, got 6
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
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
const model_0_0 = new Model_0(4, 2, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 3, 4));
const model_0_1 = new Model_0(4, 7, 3);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(2, 3, 6));

const opts_1 = { layers: 2 };
const m_1 = new rnnlens.nn.GRU(3, 8, opts_1?.layers ?? 1);
m_1.forward(rnnlens.torch.randn(2, 2, 3), rnnlens.torch.zeros(opts_1.layers, 2, 8));

const m_2 = new rnnlens.nn.GRU(8, 5);
[rnnlens.torch.randn(2, 3, 8), rnnlens.torch.randn(2, 3, 8)].forEach((x) => m_2.forward(x));
