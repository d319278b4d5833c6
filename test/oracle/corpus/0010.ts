// oracle: seed 10, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 7, got 5
const { torch, nn } = require("rnnlens");

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(5, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(5, 2, 3);
const logits_0_1 = model_0_1.forward(torch.randn(2, 2, 5));
model_0_0.rnn = new nn.LSTM(7, 8, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 5));

const m_1 = new nn.GRU(7, 6, { num_layers: 1, batchFirst: true, bidirectional: false });
const x_1 = torch.rand([3, 3, 6]);
const [out_1, st_1] = m_1.forward(x_1, torch.zeros(1, 3, 6));
const head_1 = new nn.Linear(6, 5);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, -1);

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_2a = { inputSize: 7, hiddenSize: 7, numLayers: 1 };
const a_2 = new nn.RNN({ ...hp_2a, numLayers: 2, bidirectional: false });
const b_2 = new nn.RNN(4, 8, { batchFirst: false, bidirectional: true });
const oa_2 = apply_2(a_2, torch.ones(3, 2, 7));
const shape_2_8776 = [2, 3, 4];
const ob_2 = apply_2(b_2, torch.zeros(...shape_2_8776));
