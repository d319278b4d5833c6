// oracle: seed 344, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 8, got 10
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 6);
Promise.resolve(rnnlens.torch.randn(2, 3, 4)).then((x) => m_0.forward(x));

class Model_1 extends rnnlens.nn.Module {
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
const model_1_0 = new Model_1(5, 6, 3);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(3, 2, 5));
const model_1_1 = new Model_1(8, 5, 3);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(2, 1, 10));
model_1_0.rnn = new rnnlens.nn.LSTM(7, 7, { batchFirst: true });
model_1_0.forward(rnnlens.torch.randn(2, 2, 5));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rnnlens.nn.LSTM(3, 7, { num_layers: 2, batch_first: true });
const b_2 = new rnnlens.nn.LSTM({ inputSize: 3, hidden_size: 9, batch_first: true, bidirectional: true });
const oa_2 = apply_2(a_2, rnnlens.torch.ones(2, 3, 3));
const ob_2 = apply_2(b_2, rnnlens.torch.rand(3, 2, 3));
