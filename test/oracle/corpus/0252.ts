// oracle: seed 252, closed, runs cleanly
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
const model_0_0 = new Model_0(5, 4, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(2, 4, 5));
const model_0_1 = new Model_0(6, 8, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(3, 2, 6));

const apply_1 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { LSTM: LSTM_1a } = rnnlens.nn;
const a_1 = new LSTM_1a(2, 4);
const b_1 = new rnnlens.nn.LSTM(7, 5, { numLayers: 3, bidirectional: false });
const oa_1 = apply_1(a_1, rnnlens.torch.ones(3, 2, 2));
const ob_1 = apply_1(b_1, rnnlens.torch.rand([2, 3, 7]));
