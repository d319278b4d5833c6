// oracle: seed 133, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 7, got 8
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
const model_0_0 = new Model_0(8, 5, 3);
const logits_0_0 = model_0_0.forward(torch.randn(2, 1, 8));
const model_0_1 = new Model_0(5, 6, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 4, 5));

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.RNN(7, 7, { numLayers: 2, batch_first: true, bidirectional: false });
const b_1 = new nn.RNN(9, 6);
const shape_1_2776 = [2, 3, 8];
const oa_1 = apply_1(a_1, torch.randn(...shape_1_2776));
const shape_1_4647 = [2, 3, 9];
const ob_1 = apply_1(b_1, torch.rand(...shape_1_4647));

const m_2 = new nn.GRU(3, 6);
[torch.randn(2, 3, 3), torch.randn(2, 3, 3)].forEach((x) => m_2.forward(x));
