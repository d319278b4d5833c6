// oracle: seed 122, closed, raises at 14: mat1 and mat2 shapes cannot be multiplied (2x7 and 5x2)
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(7, 5, 2);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(1, 1, 7));
const model_0_1 = new Model_0(4, 7, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 3, 4));
model_0_0.rnn = new rnnlens.nn.LSTM(7, 7, { batchFirst: true });
model_0_0.forward(rnnlens.torch.randn(2, 2, 7));

const m_1 = new rnnlens.nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(4, 1, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = rnnlens.torch.zeros(1 / 2, 2);
const r_1_2 = c_1.select(0, 0);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();
