// oracle: seed 260, closed, runs cleanly
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
const model_0_0 = new Model_0(3, 3, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 1, 3));
const model_0_1 = new Model_0(6, 2, 4);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 2, 6));

const m_1 = new rnnlens.nn.GRU(3, 4);
const [o_1] = m_1.forward(rnnlens.torch.randn(3, 2, 3));
const v_1 = o_1.permute(1, 0, 2).view(2, 3, 4);
