// oracle: seed 179, closed, runs cleanly
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
const model_0_0 = new Model_0(4, 6, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 4));
const model_0_1 = new Model_0(3, 5, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 1, 3));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.LSTM({ input_size: 5, hiddenSize: 8 });
const { LSTM: LSTM_1b } = nn;
const b_1 = new LSTM_1b(2, 8, { numLayers: 3, batchFirst: true });
const shape_1_620 = [3, 2, 5];
const oa_1 = apply_1(a_1, torch.rand(...shape_1_620));
const ob_1 = apply_1(b_1, torch.randn(3, 2, 2));

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.RNN(8, 8, { num_layers: 2, batch_first: true, bidirectional: false });
const b_2 = new nn.RNN(2, 3, { batchFirst: true, bidirectional: false });
const oa_2 = apply_2(a_2, torch.rand(2, 3, 8));
const ob_2 = apply_2(b_2, torch.zeros([3, 2, 2]));
