// oracle: seed 308, closed, raises at 24: input.size(-1) must be equal to input_size. Expected 8, got 16
import rnnlens = require("rnnlens");

const { LSTM: LSTM_0 } = rnnlens.nn;
const m_0 = new LSTM_0(3, 6, { numLayers: 2, batchFirst: true });
const x_0 = rnnlens.torch.rand([4, 4, 3]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rnnlens.nn.Linear(6, 3);
const y_0 = head_0.forward(out_0);

const m_1 = new rnnlens.nn.GRU(3, 6);
const [o_1] = m_1.forward(rnnlens.torch.randn(4, 3, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(3, -1);

class Model_2 extends rnnlens.nn.Module {
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
const model_2_0 = new Model_2(8, 3, 2);
const logits_2_0 = model_2_0.forward(rnnlens.torch.randn(3, 3, 16));
const model_2_1 = new Model_2(3, 8, 4);
const logits_2_1 = model_2_1.forward(rnnlens.torch.randn(3, 1, 3));
