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

const m_1 = new rnnlens.nn.GRU(3, 6);
let late_1 = rnnlens.torch.randn(2, 3, 4);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = rnnlens.torch.randn(2, 3, 3);

const m_2 = new rnnlens.nn.GRU(3, 2);
const [o_2] = m_2.forward(rnnlens.torch.randn(3, 3, 3));
const v_2 = o_2.transpose(0, 1).contiguous().view(3, -1);
const s_2 = rnnlens.torch.zeros(...v_2.shape);
