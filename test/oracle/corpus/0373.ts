// oracle: seed 373, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 7
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
const model_0_0 = new Model_0(7, 5, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(1, 4, 7));
const model_0_1 = new Model_0(4, 6, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 2, 4));
model_0_0.rnn = new rnnlens.nn.LSTM(5, 5, { batchFirst: true });
model_0_0.forward(rnnlens.torch.randn(2, 2, 7));

const { GRU: GRU_1 } = rnnlens.nn;
const m_1 = new GRU_1(5, 2, { num_layers: 1, bidirectional: true });
const x_1 = rnnlens.torch.randn(3, 4, 5);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rnnlens.nn.Linear(4, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);

const { GRU: GRU_2 } = rnnlens.nn;
const m_2 = new GRU_2(6, 3, { bidirectional: true });
const x_2 = rnnlens.torch.ones(5, 4, 6);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rnnlens.nn.Linear(6, 2);
const y_2 = head_2.forward(out_2);
const last_2 = y_2.select(0, 4);
